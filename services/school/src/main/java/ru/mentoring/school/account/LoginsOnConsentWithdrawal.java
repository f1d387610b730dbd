package ru.mentoring.school.account;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.school.consent.ConsentKind;
import ru.mentoring.school.consent.ConsentWithdrawn;
import ru.mentoring.support.tx.Transactions;

import java.time.Clock;

/**
 * A minor's login rests on the guardian's processing consent: withdrawn, the login is off on record in
 * the withdrawing transaction (so the school no longer knows the mentee behind the token) and in Keycloak
 * right after the commit.
 */
@Singleton
class LoginsOnConsentWithdrawal {

    private static final Logger LOG = LoggerFactory.getLogger(LoginsOnConsentWithdrawal.class);

    private final LoginEligibility eligibility;
    private final MenteeAccountRepository accounts;
    private final KeycloakMentees keycloak;
    private final Transactions transactions;
    private final Clock clock;

    LoginsOnConsentWithdrawal(LoginEligibility eligibility, MenteeAccountRepository accounts, KeycloakMentees keycloak,
                              Transactions transactions, Clock clock) {
        this.eligibility = eligibility;
        this.accounts = accounts;
        this.keycloak = keycloak;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** In the withdrawing transaction. */
    @EventListener
    void onWithdrawal(ConsentWithdrawn event) {
        if (loginRestsOnIt(event)) {
            accounts.findByMenteeIdAndSchoolIdForUpdate(event.menteeId(), event.schoolId()).filter(MenteeAccount::active)
                    .ifPresent(account -> accounts.update(account.disabled(clock.instant())));
        }
    }

    /** Once the withdrawal is committed: Keycloak is never asked while the school's transaction is open. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void afterWithdrawal(ConsentWithdrawn event) {
        if (event.kind() != ConsentKind.PROCESSING) {
            return;
        }
        transactions.read(() -> accounts.findByMenteeIdAndSchoolId(event.menteeId(), event.schoolId()))
                .filter(account -> !account.active())
                .ifPresent(account -> {
                    try {
                        keycloak.disable(account.userId());
                    } catch (RuntimeException e) {
                        // the school no longer answers for this login (MenteeAccounts); DELETE .../login disables it again
                        LOG.warn("the login of mentee {} stays enabled in Keycloak for now", account.menteeId(), e);
                    }
                });
    }

    private boolean loginRestsOnIt(ConsentWithdrawn event) {
        return event.kind() == ConsentKind.PROCESSING && eligibility.minor(event.schoolId(), event.menteeId())
                && !eligibility.guardianConsentInForce(event.schoolId(), event.menteeId());
    }
}
