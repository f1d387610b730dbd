package ru.mentoring.school.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.mentor.AccountKey;
import ru.mentoring.support.tenancy.Caller;

import java.util.Optional;
import java.util.UUID;

/**
 * What other features may ask about mentees' logins (e.g. whose pairs a mentee's token may see). Only a
 * login in force counts: a disabled one answers nothing, whatever Keycloak still thinks of it.
 */
@Singleton
public class MenteeAccounts {

    private final MenteeAccountRepository accounts;

    MenteeAccounts(MenteeAccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * The mentee behind a token, by its account key ({@code AccountKey.of(email)} of the token's e-mail).
     * Row-level security keeps it to the school the token binds.
     */
    @Transactional(readOnly = true)
    public Optional<MenteeLogin> byAccountKey(String accountKey) {
        return accounts.findByAccountKeyAndDisabledAtIsNull(accountKey).map(a -> new MenteeLogin(a.schoolId(), a.menteeId()));
    }

    /** The mentee signed in with this token (its e-mail's account key), if their login is in force. */
    @Transactional(readOnly = true)
    public Optional<MenteeLogin> of(Caller caller) {
        return caller.email().filter(e -> !e.isBlank()).map(AccountKey::of).flatMap(this::byAccountKey);
    }

    /** The mentee's login in force, if the curator gave one. */
    @Transactional(readOnly = true)
    public Optional<MenteeLogin> of(String schoolId, UUID menteeId) {
        return accounts.findByMenteeIdAndSchoolId(menteeId, schoolId).filter(MenteeAccount::active)
                .map(a -> new MenteeLogin(a.schoolId(), a.menteeId()));
    }
}
