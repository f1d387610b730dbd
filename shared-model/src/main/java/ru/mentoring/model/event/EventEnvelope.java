package ru.mentoring.model.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every topic. {@code type} is a stable string such as {@code mentor.registered},
 * never a class name; {@code version} changes only when a change would break a consumer.
 * {@code schoolId} is set when the event belongs to one school, so consumers bind the tenant
 * from the envelope rather than from the payload.
 */
@Serdeable
public record EventEnvelope<T>(
        UUID eventId,
        String type,
        int version,
        @Nullable String schoolId,
        Instant occurredAt,
        T payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("event version starts at 1");
        }
    }

    public static <T> EventEnvelope<T> of(EventType type, @Nullable String schoolId, T payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(), schoolId, Instant.now(), payload);
    }
}
