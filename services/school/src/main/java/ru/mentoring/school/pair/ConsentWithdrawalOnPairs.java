package ru.mentoring.school.pair;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import ru.mentoring.school.consent.ConsentKind;
import ru.mentoring.school.consent.ConsentWithdrawn;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.notice.CuratorNotices;
import ru.mentoring.school.notice.NoticeKind;

/**
 * A withdrawn consent acts at once: for every pair the mentee is in, the curator is told, in the same
 * transaction as the withdrawal, to decide what happens to the pair.
 */
@Singleton
class ConsentWithdrawalOnPairs {

    private final PairService pairs;
    private final MenteeService mentees;
    private final CuratorNotices notices;

    ConsentWithdrawalOnPairs(PairService pairs, MenteeService mentees, CuratorNotices notices) {
        this.pairs = pairs;
        this.mentees = mentees;
        this.notices = notices;
    }

    @EventListener
    void onWithdrawal(ConsentWithdrawn event) {
        String name = mentees.find(event.schoolId(), event.menteeId()).map(m -> m.fullName()).orElse("наставляемый");
        for (Pair pair : pairs.runningPairsOf(event.schoolId(), event.menteeId())) {
            String what = event.kind() == ConsentKind.PROCESSING
                    ? "Отозвано согласие на обработку персональных данных: " + name + " (пара с наставником "
                    + pair.mentorName() + "). Решите, продолжает ли пара работу."
                    : "Отозвано согласие " + event.kind().title() + ": " + name + " (пара с наставником "
                    + pair.mentorName() + ").";
            notices.tell(event.schoolId(), NoticeKind.CONSENT_WITHDRAWN, what, pair.id(), event.menteeId());
        }
    }
}
