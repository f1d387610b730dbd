package ru.mentoring.support.outbox;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The only way a service emits an event. It must be called inside the business transaction:
 * the row commits or rolls back with the change, and {@link OutboxRelay} publishes it later.
 */
@Singleton
public class Outbox {

    private final OutboxRepository repository;
    private final ObjectMapper json;

    Outbox(OutboxRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <T> EventEnvelope<T> append(String aggregateType, String aggregateId, EventType type, EventEnvelope<T> event) {
        if (!type.name().equals(event.type()) || type.version() != event.version()) {
            throw new IllegalArgumentException("envelope " + event.type() + " v" + event.version() + " does not match " + type);
        }
        repository.save(new OutboxMessage(event.eventId(), aggregateType, aggregateId, event.type(),
                event.version(), type.topic(), write(event)));
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
