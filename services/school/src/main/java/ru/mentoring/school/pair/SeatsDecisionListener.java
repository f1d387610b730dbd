package ru.mentoring.school.pair;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import ru.mentoring.model.pair.SeatEvents;
import ru.mentoring.model.pair.SeatsDecidedV1;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.tenancy.TenantFromEnvelope;

/**
 * The mentor bank's answers about pairs' seats. Bound to the school the answer names; the offset moves
 * only after the pair's change committed; a failing record is retried, not skipped.
 */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.pairs.consumer-group:school-pairs}",
        clientId = "school-pairs",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = 10, retryDelay = "500ms"))
@TenantFromEnvelope
class SeatsDecisionListener {

    private final EventReader reader;
    private final SeatsDecisionProjection projection;

    SeatsDecisionListener(EventReader reader, SeatsDecisionProjection projection) {
        this.reader = reader;
        this.projection = projection;
    }

    @Topic("${mentoring.kafka.topic-prefix:}" + SeatEvents.TOPIC)
    void receive(ConsumerRecord<String, String> record) {
        reader.readIf(record, SeatsDecidedV1.class, SeatEvents.DECIDED).ifPresent(projection::apply);
    }
}
