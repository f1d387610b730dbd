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
 * Feeds the directory from the mentor bank's compacted topic. Offsets are committed after every record
 * of a poll has been applied in its own transaction (SYNC): a crash in between re-delivers records the
 * inbox already holds, which change nothing. Committing per record instead cost a broker round trip per
 * mentor edit and set the tail of the directory's lag (bench/results/propagation-*.md). A failing record
 * is retried, not skipped.
 */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.directory.consumer-group:school-directory}",
        clientId = "school-directory",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
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
