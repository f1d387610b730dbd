package ru.mentoring.school.account;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import ru.mentoring.school.mentee.MenteeArchived;

/** A login belongs to a mentee in the programme: an archived mentee's login is turned off. */
@Singleton
class LoginsOnArchive {

    private final LoginsOff logins;

    LoginsOnArchive(LoginsOff logins) {
        this.logins = logins;
    }

    @EventListener
    void onArchive(MenteeArchived event) {
        logins.onRecord(event.schoolId(), event.menteeId());
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void afterArchive(MenteeArchived event) {
        logins.inKeycloak(event.schoolId(), event.menteeId());
    }
}
