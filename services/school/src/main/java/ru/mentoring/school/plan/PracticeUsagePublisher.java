package ru.mentoring.school.plan;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeUsageEvents;
import ru.mentoring.model.practice.PracticeUsageV1;
import ru.mentoring.support.outbox.Outbox;

import java.time.Clock;
import java.util.UUID;

/**
 * A plan task that links (or stops linking) a library practice tells the library the school uses it,
 * through the outbox in the plan's transaction. Only the link travels: the task's id as an opaque
 * reference, never the plan's content.
 */
@Singleton
class PracticeUsagePublisher {

    private final Outbox outbox;
    private final Clock clock;

    PracticeUsagePublisher(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void changed(String schoolId, UUID taskId, UUID practiceId, boolean linked) {
        var usage = new PracticeUsageV1(practiceId, schoolId, taskId.toString(), linked, clock.instant());
        outbox.append("plan-task", taskId.toString(), PracticeUsageEvents.CHANGED, new EventEnvelope<>(UUID.randomUUID(),
                PracticeUsageEvents.CHANGED.name(), PracticeUsageEvents.CHANGED.version(), schoolId, clock.instant(), usage));
    }
}
