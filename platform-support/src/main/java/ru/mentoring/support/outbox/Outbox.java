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

    /**
     * Many events in one statement, for a batch decided in one transaction (a burst of registrations):
     * the same rows {@link #append} would write, in the list's order, so each aggregate's order holds.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void appendAll(java.util.List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        java.util.List<OutboxRepository.Row> rows = new java.util.ArrayList<>(events.size());
        for (Pending p : events) {
            if (!p.type().name().equals(p.event().type()) || p.type().version() != p.event().version()) {
                throw new IllegalArgumentException("envelope " + p.event().type() + " does not match " + p.type());
            }
            rows.add(new OutboxRepository.Row(p.event().eventId(), p.aggregateType(), p.aggregateId(), p.event().type(),
                    p.event().version(), p.type().topic(), p.event().schoolId(),
                    OutboxBuckets.of(OutboxMessage.aggregateKey(p.aggregateType(), p.aggregateId())), write(p.event())));
        }
        repository.insertAll(rows);
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(wakeRelay));
    }

    /** One event of a batch for {@link #appendAll}. */
    public record Pending(String aggregateType, String aggregateId, EventType type, EventEnvelope<?> event) {
    }

    private String write(EventEnvelope<?> event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
