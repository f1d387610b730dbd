package ru.mentoring.support.inbox;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Remembers which events a consumer has applied. Call it inside the transaction that applies the
 * effect: a duplicate delivery finds its row and is skipped; a rollback forgets the row with the effect.
 */
@Singleton
public class Inbox {

    private final InboxRepository repository;

    Inbox(InboxRepository repository) {
        this.repository = repository;
    }

    /** @return true the first time this consumer sees the event, false for every redelivery */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope<?> event) {
        return repository.rememberAll(consumer, List.of(event)).contains(event.eventId());
    }

    /**
     * The events of a batch this consumer sees for the first time, remembered in one statement; the same
     * event twice in one batch counts once.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <E extends EventEnvelope<?>> List<E> firstDeliveries(String consumer, List<E> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<UUID, E> distinct = new LinkedHashMap<>();
        events.forEach(event -> distinct.putIfAbsent(event.eventId(), event));
        Set<UUID> fresh = repository.rememberAll(consumer, List.copyOf(distinct.values()));
        return distinct.values().stream().filter(event -> fresh.contains(event.eventId())).toList();
    }
}
