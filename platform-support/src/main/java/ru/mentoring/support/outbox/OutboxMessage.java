package ru.mentoring.support.outbox;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.util.UUID;

/** One event waiting to be published; written in the same transaction as the change it reports. */
@MappedEntity("outbox")
public record OutboxMessage(
        @Id UUID id,
        @MappedProperty("aggregatetype") String aggregateType,
        @MappedProperty("aggregateid") String aggregateId,
        String type,
        int version,
        String topic,
        @TypeDef(type = DataType.JSON) String payload) {
}
