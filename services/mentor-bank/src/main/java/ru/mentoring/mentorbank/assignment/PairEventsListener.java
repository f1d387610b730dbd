package ru.mentoring.mentorbank.assignment;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import ru.mentoring.model.pair.PairChangedV1;
import ru.mentoring.model.pair.PairEvents;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.tenancy.TenantFromEnvelope;

/**
 * Schools' pairs, as they leave each school: the bank takes and gives back mentors' seats from them.
 * While the bank is down the events wait in Kafka; when it returns it answers every pair waiting.
 */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.pairs.consumer-group:mentorbank-pair-seats}",
        clientId = "mentorbank-pair-seats",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = 10, retryDelay = "500ms"))
@TenantFromEnvelope
class PairEventsListener {

    private final EventReader reader;
    private final PairSeatsProjection projection;

    PairEventsListener(EventReader reader, PairSeatsProjection projection) {
        this.reader = reader;
        this.projection = projection;
    }

    @Topic("${mentoring.kafka.topic-prefix:}" + PairEvents.TOPIC)
    void receive(ConsumerRecord<String, String> record) {
        reader.readIf(record, PairChangedV1.class, PairEvents.CHANGED).ifPresent(projection::apply);
    }
}
