package ru.mentoring.school.plan;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.model.practice.PracticeEvents;
import ru.mentoring.model.practice.PracticePublishedV1;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.tenancy.TenantFromEnvelope;

/**
 * The practices the library publishes, kept so a plan task can link one and show its title while the
 * library is away. A record that is not a publication is skipped; a failing one is retried.
 */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.library.consumer-group:school-library}",
        clientId = "school-library",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = 10, retryDelay = "500ms"))
@TenantFromEnvelope
class LibraryPracticeListener {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryPracticeListener.class);

    private final EventReader reader;
    private final LibraryPracticeProjection projection;

    LibraryPracticeListener(EventReader reader, LibraryPracticeProjection projection) {
        this.reader = reader;
        this.projection = projection;
    }

    @Topic("${mentoring.kafka.topic-prefix:}" + PracticeEvents.TOPIC)
    void receive(ConsumerRecord<String, String> record) {
        if (!reader.isOneOf(record, PracticeEvents.PUBLISHED)) {
            LOG.debug("skipping a record of {}@{} that is not practice.published v1", record.topic(), record.offset());
            return;
        }
        projection.apply(reader.read(record, PracticePublishedV1.class));
    }
}
