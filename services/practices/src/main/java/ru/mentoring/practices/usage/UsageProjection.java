package ru.mentoring.practices.usage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeUsageV1;
import ru.mentoring.support.inbox.Inbox;

@Singleton
class UsageProjection {

    static final String CONSUMER = "practices-usage";
    private static final Logger LOG = LoggerFactory.getLogger(UsageProjection.class);

    private final Inbox inbox;
    private final UsageService usage;

    UsageProjection(Inbox inbox, UsageService usage) {
        this.inbox = inbox;
        this.usage = usage;
    }

    @Transactional
    void apply(EventEnvelope<PracticeUsageV1> event) {
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        PracticeUsageV1 change = event.payload();
        if (!change.schoolId().equals(event.schoolId()) || change.taskRef() == null || change.practiceId() == null) {
            LOG.error("usage event {} ignored: school {} is not the envelope's {}, or it names no task or practice",
                    event.eventId(), change.schoolId(), event.schoolId());
            return;
        }
        usage.apply(change);
    }
}
