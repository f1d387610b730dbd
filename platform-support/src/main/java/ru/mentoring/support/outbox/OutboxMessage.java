package ru.mentoring.support.outbox;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** One event waiting to be published; written in the same transaction as the change it reports. */
public record OutboxMessage(
        UUID id,
        long seq,
        String aggregateType,
        String aggregateId,
        String type,
        int version,
        String topic,
        @Nullable String schoolId,
        String payload,
        int attempts) {

    /** Events of one aggregate keep their order; this is what "one aggregate" means. */
    String aggregateKey() {
        return aggregateKey(aggregateType, aggregateId);
    }

    static String aggregateKey(String aggregateType, String aggregateId) {
        return aggregateType + ":" + aggregateId;
    }
}
