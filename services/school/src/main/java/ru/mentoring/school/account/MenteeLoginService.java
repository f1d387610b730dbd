package ru.mentoring.school.account;

import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import ru.mentoring.model.mentor.AccountKey;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.support.mail.MailQueue;
import ru.mentoring.support.tx.Transactions;
import ru.mentoring.support.web.BusinessRuleException;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives a mentee a login and takes it away. Keycloak is asked between two transactions of the school:
 * first everything the school's records can refuse, then the user is made (or enabled again), then the
 * link and the letter are written together. When the school cannot write them, the user made for it is
 * removed (or disabled again): a refusal never leaves a login behind.
 */
@Singleton
class MenteeLoginService {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoginEligibility eligibility;
    private final MenteeAccountRepository accounts;
    private final LoginLinkRepository links;
    private final KeycloakMentees keycloak;
    private final LoginMail letters;
    private final MailQueue mail;
    private final Transactions transactions;
    private final Clock clock;

    MenteeLoginService(LoginEligibility eligibility, MenteeAccountRepository accounts, LoginLinkRepository links,
                       KeycloakMentees keycloak, LoginMail letters, MailQueue mail, Transactions transactions, Clock clock) {
        this.eligibility = eligibility;
        this.accounts = accounts;
        this.links = links;
        this.keycloak = keycloak;
        this.letters = letters;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
    }

    MenteeAccount issue(String schoolId, UUID menteeId, String requestedEmail) {
        String email = requestedEmail.strip().toLowerCase(Locale.ROOT);
        String key = AccountKey.of(email);
        LoginEligibility.Check check = eligibility.check(schoolId, menteeId, email, key);
        List<String> problems = new ArrayList<>(check.problems());
        Optional<KeycloakMentees.User> user;
        try {
            user = keycloak.find(email);
        } catch (HttpStatusException unavailable) {
            if (!problems.isEmpty()) {
                throw refusal(problems);
            }
            throw unavailable;
        }
        boolean ownUser = user.isPresent() && check.current().map(a -> a.userId().equals(user.get().id())).orElse(false);
        if (user.isPresent() && !ownUser && !linkable(user.get(), schoolId) && !problems.contains(LoginEligibility.emailUsed(email))) {
            problems.add(LoginEligibility.emailUsed(email));
        }
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        Mentee mentee = check.mentee();
        if (user.isPresent() && user.get().enabled() && !ownUser) {
            // a mentee's user of this school made outside the school (the demo realm): linked, password kept
            return link(mentee, email, key, user.get().username(), user.get().id(), null, () -> { });
        }
        String password = temporaryPassword();
        if (user.isPresent()) {
            keycloak.enable(user.get().id(), password);
            return link(mentee, email, key, user.get().username(), user.get().id(), password,
                    () -> keycloak.disable(user.get().id()));
        }
        String created = keycloak.create(email, mentee.fullName(), schoolId, password)
                .orElseThrow(() -> new BusinessRuleException(LoginEligibility.emailUsed(email)));
        return link(mentee, email, key, email, created, password, () -> keycloak.delete(created));
    }

    /**
     * Disables the mentee's login in Keycloak, then on record. Asked again, it disables the user in Keycloak
     * again (in case an earlier attempt after a withdrawn consent found Keycloak away).
     */
    void disable(String schoolId, UUID menteeId) {
        eligibility.requireMentee(schoolId, menteeId);
        MenteeAccount account = transactions.read(() -> accounts.findByMenteeIdAndSchoolId(menteeId, schoolId))
                .orElseThrow(() -> BusinessRuleException.notFound("У наставляемого нет входа"));
        keycloak.disable(account.userId());
        transactions.write(() -> accounts.findByMenteeIdAndSchoolIdForUpdate(menteeId, schoolId)
                .filter(MenteeAccount::active).ifPresent(a -> accounts.update(a.disabled(clock.instant()))));
    }

    Optional<MenteeAccount> of(String schoolId, UUID menteeId) {
        eligibility.requireMentee(schoolId, menteeId);
        return transactions.read(() -> accounts.findByMenteeIdAndSchoolId(menteeId, schoolId));
    }

    private MenteeAccount link(Mentee mentee, String email, String key, String username, String userId,
                               String password, Runnable undo) {
        try {
            return transactions.write(() -> {
                MenteeAccount account = new MenteeAccount(mentee.id(), mentee.schoolId(), key, email, username, userId,
                        clock.instant(), null);
                Optional<MenteeAccount> previous = accounts.findByMenteeIdAndSchoolIdForUpdate(mentee.id(), mentee.schoolId());
                if (previous.filter(MenteeAccount::active).isPresent()) {
                    throw new BusinessRuleException("У наставляемого уже есть вход: " + previous.get().email());
                }
                previous.ifPresent(accounts::delete); // a disabled login gives way to the new one
                if (!links.insertUnlessTaken(account)) {
                    // taken meanwhile by another curator's request
                    throw new BusinessRuleException(LoginEligibility.emailUsed(email));
                }
                mail.enqueue(letters.of(mentee, email, username, password));
                return account;
            });
        } catch (RuntimeException e) {
            undo.run();
            throw e;
        }
    }

    /** A user the realm already has may become this mentee's login only if it is a mentee's login of this school. */
    private static boolean linkable(KeycloakMentees.User user, String schoolId) {
        return user.mentee() && user.schoolId().filter(schoolId::equals).isPresent();
    }

    private static BusinessRuleException refusal(List<String> problems) {
        return new BusinessRuleException(String.join("; ", problems));
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
