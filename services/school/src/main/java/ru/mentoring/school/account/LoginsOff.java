package ru.mentoring.school.account;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.support.tx.Transactions;

import java.time.Clock;
import java.util.UUID;

/**
 * Turns a mentee's login off when what it rests on ends (the guardian's consent, the mentee's place in the
 * programme): first on record, in the transaction that ended it, so the school no longer knows the mentee
 * behind the token; then in Keycloak once that transaction has committed.
 */
@Singleton
class LoginsOff {

    private static final Logger LOG = LoggerFactory.getLogger(LoginsOff.class);

    private final MenteeAccountRepository accounts;
    private final KeycloakMentees keycloak;
    private final Transactions transactions;
    private final Clock clock;

    LoginsOff(MenteeAccountRepository accounts, KeycloakMentees keycloak, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.keycloak = keycloak;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** In the ending transaction. */
    void onRecord(String schoolId, UUID menteeId) {
        accounts.findByMenteeIdAndSchoolIdForUpdate(menteeId, schoolId).filter(MenteeAccount::active)
                .ifPresent(account -> accounts.update(account.disabled(clock.instant())));
    }

    /** After the commit: Keycloak is never asked while the school's transaction is open. */
    void inKeycloak(String schoolId, UUID menteeId) {
        transactions.read(() -> accounts.findByMenteeIdAndSchoolId(menteeId, schoolId))
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
}
