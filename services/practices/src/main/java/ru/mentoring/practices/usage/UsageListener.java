package ru.mentoring.practices.usage;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import ru.mentoring.model.practice.PracticeUsageEvents;
import ru.mentoring.model.practice.PracticeUsageV1;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.tenancy.TenantFromEnvelope;

/** Plan tasks of the school service linking library practices. */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.practices.consumer-group:practices}-usage",
        clientId = "practices-usage",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = 10, retryDelay = "500ms"))
@TenantFromEnvelope
class UsageListener {

    private final EventReader reader;
    private final UsageProjection projection;

    UsageListener(EventReader reader, UsageProjection projection) {
        this.reader = reader;
        this.projection = projection;
    }

    @Topic("${mentoring.kafka.topic-prefix:}" + PracticeUsageEvents.TOPIC)
    void receive(ConsumerRecord<String, String> record) {
        reader.readIf(record, PracticeUsageV1.class, PracticeUsageEvents.CHANGED).ifPresent(projection::apply);
    }
}
