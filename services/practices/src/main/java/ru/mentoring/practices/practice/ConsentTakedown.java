package ru.mentoring.practices.practice;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import ru.mentoring.practices.consent.ConsentWithdrawn;
import ru.mentoring.practices.library.PracticeChanged;
import ru.mentoring.practices.library.Times;
import ru.mentoring.practices.notification.NotificationService;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A withdrawn distribution consent takes every published practice naming that person off the library
 * at once, in the same transaction that records the withdrawal. The authors are told; they remove the
 * name in a new version, which goes through review again.
 */
@Singleton
class ConsentTakedown {

    static final String REASON = "Снята с публикации: отозвано согласие на распространение персональных данных "
            + "участника. Подготовьте новую версию без его имени.";

    private final PracticeQueries queries;
    private final PracticeRepository practices;
    private final PracticeVersionRepository versions;
    private final NotificationService notifications;
    private final ApplicationEventPublisher<PracticeChanged> changes;
    private final Clock clock;

    ConsentTakedown(PracticeQueries queries, PracticeRepository practices, PracticeVersionRepository versions,
                    NotificationService notifications, ApplicationEventPublisher<PracticeChanged> changes, Clock clock) {
        this.queries = queries;
        this.practices = practices;
        this.versions = versions;
        this.notifications = notifications;
        this.changes = changes;
        this.clock = clock;
    }

    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        Instant now = Times.now(clock);
        for (UUID practiceId : queries.publicNaming(withdrawn.schoolId(), withdrawn.consentRef())) {
            Practice practice = practices.findByIdForUpdate(practiceId).orElseThrow();
            PracticeVersion last = null;
            // every public version comes down, earlier ones too: the practice leaves the library as a whole
            for (PracticeVersion v : versions.findByPracticeIdOrderByNumber(practiceId)) {
                if (v.status().isPublic()) {
                    last = versions.update(v.decided(VersionStatus.WITHDRAWN, REASON, "school", now));
                }
            }
            practices.update(practice.takenDown(REASON, now));
            changes.publishEvent(new PracticeChanged(practiceId));
            if (last != null) {
                notifications.tell(last.authorEmails(), null, practiceId, "Практика «" + last.title() + "» "
                        + REASON.substring(0, 1).toLowerCase() + REASON.substring(1));
            }
        }
    }
}
