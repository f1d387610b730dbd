package ru.mentoring.school.account;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import ru.mentoring.school.consent.ConsentKind;
import ru.mentoring.school.consent.ConsentWithdrawn;

/**
 * A minor's login rests on the guardian's processing consent: withdrawn, the login is off on record in
 * the withdrawing transaction (so the school no longer knows the mentee behind the token) and in Keycloak
 * right after the commit.
 */
@Singleton
class LoginsOnConsentWithdrawal {

    private final LoginEligibility eligibility;
    private final LoginsOff logins;

    LoginsOnConsentWithdrawal(LoginEligibility eligibility, LoginsOff logins) {
        this.eligibility = eligibility;
        this.logins = logins;
    }

    /** In the withdrawing transaction. */
    @EventListener
    void onWithdrawal(ConsentWithdrawn event) {
        if (loginRestsOnIt(event)) {
            logins.onRecord(event.schoolId(), event.menteeId());
        }
    }

    /** Once the withdrawal is committed. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void afterWithdrawal(ConsentWithdrawn event) {
        if (event.kind() == ConsentKind.PROCESSING) {
            logins.inKeycloak(event.schoolId(), event.menteeId());
        }
    }

    private boolean loginRestsOnIt(ConsentWithdrawn event) {
        return event.kind() == ConsentKind.PROCESSING && eligibility.minor(event.schoolId(), event.menteeId())
                && !eligibility.guardianConsentInForce(event.schoolId(), event.menteeId());
    }
}
