package ru.mentoring.events.event;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.UUID;

/**
 * What the registration feature may do to an event: lock it and move its seat count. Both need
 * the caller's transaction, because the lock is only worth something while that transaction lasts.
 */
@Singleton
public class EventSeats {

    private final EventRepository events;

    EventSeats(EventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Event lock(UUID eventId) {
        return events.lockById(eventId).orElseThrow(() -> BusinessRuleException.notFound("Мероприятие не найдено"));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void change(UUID eventId, int delta) {
        events.changeRegistered(eventId, delta);
    }
}
