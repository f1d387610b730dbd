package ru.mentoring.support.outbox;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;

/**
 * The only way a service emits an event. It must be called inside the business transaction: the row
 * commits or rolls back with the change, and the moment the transaction commits the relay is woken
 * to publish it ({@link OutboxRelay}); polling remains only as the fallback.
 */
@Singleton
public class Outbox {

    private final OutboxRepository repository;
    private final ObjectMapper json;
    private final TransactionOperations<Connection> transactions;
    private final OutboxSignal signal;
    private final TransactionSynchronization wakeRelay;

    Outbox(OutboxRepository repository, ObjectMapper json, TransactionOperations<Connection> transactions,
           OutboxSignal signal) {
        this.repository = repository;
        this.json = json;
        this.transactions = transactions;
        this.signal = signal;
        this.wakeRelay = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.raise();
            }
        };
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <T> EventEnvelope<T> append(String aggregateType, String aggregateId, EventType type, EventEnvelope<T> event) {
        if (!type.name().equals(event.type()) || type.version() != event.version()) {
            throw new IllegalArgumentException("envelope " + event.type() + " v" + event.version() + " does not match " + type);
        }
        repository.insert(event.eventId(), aggregateType, aggregateId, event.type(), event.version(), type.topic(),
                event.schoolId(), OutboxBuckets.of(OutboxMessage.aggregateKey(aggregateType, aggregateId)), write(event));
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(wakeRelay));
        return event;
    }

    private String write(EventEnvelope<?> event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
