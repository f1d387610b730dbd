package ru.mentoring.practices.consent;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import ru.mentoring.model.practice.PracticeConsentEvents;
import ru.mentoring.model.practice.PracticeConsentV1;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.tenancy.TenantFromEnvelope;

/**
 * The school's word on distribution consents. Bound to the envelope's school, so the row it writes and
 * the practices it may take down are that school's only. The offset moves after the transaction.
 */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.practices.consumer-group:practices}-consent",
        clientId = "practices-consent",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = 10, retryDelay = "500ms"))
@TenantFromEnvelope
class ConsentListener {

    private final EventReader reader;
    private final ConsentProjection projection;

    ConsentListener(EventReader reader, ConsentProjection projection) {
        this.reader = reader;
        this.projection = projection;
    }

    @Topic("${mentoring.kafka.topic-prefix:}" + PracticeConsentEvents.TOPIC)
    void receive(ConsumerRecord<String, String> record) {
        reader.readIf(record, PracticeConsentV1.class, PracticeConsentEvents.CHANGED).ifPresent(projection::apply);
    }
}
