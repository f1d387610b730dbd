package ru.mentoring.school.directory;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.tenancy.TenantFromEnvelope;

/**
 * Feeds the directory from the mentor bank's compacted topic. The offset is committed only after
 * the projection's transaction committed (SYNC_PER_RECORD); a failing record is retried, not skipped.
 */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.directory.consumer-group:school-directory}",
        clientId = "school-directory",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = 10, retryDelay = "500ms"))
@TenantFromEnvelope
class MentorBaseListener {

    private final EventReader reader;
    private final DirectoryProjection projection;

    MentorBaseListener(EventReader reader, DirectoryProjection projection) {
        this.reader = reader;
        this.projection = projection;
    }

    @Topic("${mentoring.kafka.topic-prefix:}" + MentorEvents.TOPIC)
    void receive(ConsumerRecord<String, String> record) {
        reader.readIf(record, MentorProfileV1.class, MentorEvents.REGISTERED, MentorEvents.UPDATED)
                .ifPresent(projection::apply);
    }
}
