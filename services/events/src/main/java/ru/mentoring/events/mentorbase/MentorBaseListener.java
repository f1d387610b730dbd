package ru.mentoring.events.mentorbase;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.transaction.annotation.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.inbox.Inbox;
import ru.mentoring.support.tenancy.TenantFromEnvelope;

import java.util.List;

/**
 * Feeds the mentor cards from the mentor bank's compacted topic, a poll's records in one transaction (as
 * the school's directory does, ADR 0027): the inbox rows in one statement, then each mentor's newest new
 * profile in one upsert that keeps a newer stored revision. The offsets are committed by the consumer's
 * periodic commit (AUTO), which covers only records whose batch was applied; a crash re-delivers the last
 * few seconds' records, which the inbox holds. A failing batch is retried whole.
 */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.mentor-base.consumer-group:events-mentor-base}",
        clientId = "events-mentor-base",
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.AUTO,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = 10, retryDelay = "500ms"))
@TenantFromEnvelope
class MentorBaseListener {

    static final String CONSUMER = "events-mentor-base";

    private final EventReader reader;
    private final Projection projection;

    MentorBaseListener(EventReader reader, Projection projection) {
        this.reader = reader;
        this.projection = projection;
    }

    @Topic("${mentoring.kafka.topic-prefix:}" + MentorEvents.TOPIC)
    void receive(ConsumerRecords<String, String> records) {
        projection.applyAll(reader.readAllIf(records, MentorProfileV1.class, MentorEvents.REGISTERED, MentorEvents.UPDATED));
    }

    @jakarta.inject.Singleton
    static class Projection {
        private final Inbox inbox;
        private final MentorCardRepository cards;

        Projection(Inbox inbox, MentorCardRepository cards) {
            this.inbox = inbox;
            this.cards = cards;
        }

        @Transactional
        void applyAll(List<EventEnvelope<MentorProfileV1>> events) {
            cards.upsertAllIfNewer(MentorProfileV1.newestPerMentor(
                    inbox.firstDeliveries(CONSUMER, events).stream().map(EventEnvelope::payload).toList()));
        }
    }
}
