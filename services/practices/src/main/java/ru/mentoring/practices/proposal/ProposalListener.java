package ru.mentoring.practices.proposal;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.model.practice.PracticeProposalEvents;
import ru.mentoring.model.practice.PracticeProposalV1;
import ru.mentoring.support.inbox.EventReader;
import ru.mentoring.support.tenancy.TenantFromEnvelope;

/**
 * Proposals from both producers' topics: completed pairs (school service) and competition winners
 * (events service), one contract. Bound to the envelope's school: the draft it opens is that school's.
 */
@KafkaListener(groupId = "${mentoring.kafka.topic-prefix:}${mentoring.practices.consumer-group:practices}-proposals",
        clientId = "practices-proposals",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR,
                retryCount = 10, retryDelay = "500ms"))
@TenantFromEnvelope
class ProposalListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProposalListener.class);

    private final EventReader reader;
    private final ProposalIntake intake;

    ProposalListener(EventReader reader, ProposalIntake intake) {
        this.reader = reader;
        this.intake = intake;
    }

    @Topic({"${mentoring.kafka.topic-prefix:}" + PracticeProposalEvents.SCHOOL_TOPIC,
            "${mentoring.kafka.topic-prefix:}" + PracticeProposalEvents.EVENTS_TOPIC})
    void receive(ConsumerRecord<String, String> record) {
        if (!reader.isOneOf(record, PracticeProposalEvents.FROM_COMPLETED_PAIR, PracticeProposalEvents.FROM_COMPETITION_WINNER)) {
            LOG.warn("skipping {} at {}/{}@{}: not a proposal version this service reads",
                    record.headers().lastHeader("event-type"), record.topic(), record.partition(), record.offset());
            return;
        }
        intake.accept(reader.read(record, PracticeProposalV1.class));
    }
}
