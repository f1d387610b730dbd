package ru.mentoring.school.directory;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.tenancy.TenantFromEnvelope;

/**
 * Feeds the directory from the mentor bank's compacted topic, a poll's records at a time: one
 * transaction applies them all (the inbox rows in one statement, the upserts in statements of up to 16
 * profiles). Applying and committing per record cost several database round trips and a broker round
 * trip per mentor edit; on a busy machine the consumer then fell behind at 200 edits per second and the
 * directory's lag grew to seconds (bench/results/propagation-*.md). The offsets are committed by the
 * consumer's own periodic commit (AUTO), which only ever covers records whose poll has returned, that is, whose batch was
 * applied: a commit per poll was a broker request per one or two edits, on the path of the next poll. A
 * batch that fails is retried whole; a crash re-delivers at most the last few seconds' records, which the
 * inbox already holds and which change nothing.
 */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.directory.consumer-group:school-directory}",
        clientId = "school-directory",
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.AUTO,
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
    void receive(ConsumerRecords<String, String> records) {
        projection.applyAll(reader.readAllIf(records, MentorProfileV1.class, MentorEvents.REGISTERED, MentorEvents.UPDATED));
    }
}
