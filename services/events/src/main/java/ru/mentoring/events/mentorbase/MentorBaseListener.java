package ru.mentoring.events.mentorbase;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.transaction.annotation.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.inbox.Inbox;
import ru.mentoring.support.tenancy.TenantFromEnvelope;

/**
 * Feeds the mentor cards from the mentor bank's compacted topic. The inbox makes a redelivery harmless
 * and the revision guard an older profile arriving late; the offset moves only after the commit.
 */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.mentor-base.consumer-group:events-mentor-base}",
        clientId = "events-mentor-base",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
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
    void receive(ConsumerRecord<String, String> record) {
        reader.readIf(record, MentorProfileV1.class, MentorEvents.REGISTERED, MentorEvents.UPDATED)
                .ifPresent(projection::apply);
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
        void apply(EventEnvelope<MentorProfileV1> event) {
            if (inbox.firstDelivery(CONSUMER, event)) {
                cards.upsertIfNewer(event.payload());
            }
        }
    }
}
