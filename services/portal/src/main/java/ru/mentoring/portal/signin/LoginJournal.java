package ru.mentoring.portal.signin;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LoginSuccessfulEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.support.tenancy.Caller;

import java.time.Clock;
import java.util.TreeSet;

/**
 * Records every successful sign-in: the portal shows personal data of mentors and mentees, so
 * who opened it and when must be traceable. Written off the event loop that finishes the OAuth
 * callback, so a slow database never holds up the redirect.
 */
@Singleton
class LoginJournal {

    private static final Logger LOG = LoggerFactory.getLogger(LoginJournal.class);

    private final LoginJournalRepository journal;
    private final Clock clock;

    LoginJournal(LoginJournalRepository journal) {
        this.journal = journal;
        this.clock = Clock.systemUTC();
    }

    @EventListener
    @Async(TaskExecutors.BLOCKING)
    void onLogin(LoginSuccessfulEvent event) {
        if (event.getSource() instanceof Authentication authentication) {
            try {
                record(Caller.of(authentication));
            } catch (RuntimeException e) {
                LOG.error("could not record the sign-in of {} in the login journal", authentication.getName(), e);
            }
        }
    }

    LoginRecord record(Caller caller) {
        return journal.save(new LoginRecord(null, caller.subject(), caller.username(), caller.schoolId().orElse(null),
                String.join(",", new TreeSet<>(caller.roles())), clock.instant()));
    }
}
