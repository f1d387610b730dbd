package ru.mentoring.events.event;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the registration feature may do to an event's places: lock the event and move its counters.
 * Every method needs the caller's transaction, because the lock is only worth something while that
 * transaction lasts; every change of an event's places happens under it, so capacity and caps hold
 * however many requests and service instances act at once.
 */
@Singleton
public class EventSeats {

    private final EventRepository events;
    private final EventService service;

    EventSeats(EventRepository events, EventService service) {
        this.events = events;
        this.service = service;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Event lock(UUID eventId) {
        return events.lock(eventId).orElseThrow(() -> BusinessRuleException.notFound("Мероприятие не найдено"));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void take(UUID eventId, int places, int waiting, Map<String, Integer> perSchool) {
        if (places != 0 || waiting != 0) {
            events.addCounts(eventId, places, waiting);
        }
        events.addPlacesTaken(eventId, perSchool);
        // the remembered rules (EventService.definition) stay: nothing is decided on their count of places,
        // and forgetting them after every batch made the next applicants of a burst read the event again
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Map<String, Integer> placesTaken(UUID eventId, Collection<String> schools) {
        return schools.isEmpty() ? Map.of() : events.placesTaken(eventId, schools);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void setCaps(UUID eventId, Integer everySchool, Map<String, Integer> perSchool) {
        events.setCaps(eventId, everySchool, perSchool);
        service.forget(eventId);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void setCapacity(UUID eventId, int capacity) {
        events.setCapacity(eventId, capacity);
        service.forget(eventId);
    }
}
