package ru.mentoring.support.inbox;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;

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
        return repository.remember(consumer, event.eventId(), event.type()) == 1;
    }
}
