package ru.mentoring.school.pair;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import ru.mentoring.model.mentor.AccountKey;
import ru.mentoring.school.account.MenteeAccounts;
import ru.mentoring.school.account.MenteeLogin;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.tx.Transactions;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who may work on a pair: the curator of its school (school from the token), its mentor (the key of the
 * verified e-mail, in whatever school the pair is — row-level security shows a mentor the pairs they
 * lead), a mentee of it signed in with their own login. Anyone else finds no such pair (404, the same
 * answer as for a pair that does not exist). The work itself then runs bound to the pair's school.
 */
@Singleton
public class PairAccess {

    private final PairRepository pairs;
    private final PairMemberRepository members;
    private final MenteeAccounts accounts;
    private final Transactions tx;

    PairAccess(PairRepository pairs, PairMemberRepository members, MenteeAccounts accounts, Transactions tx) {
        this.pairs = pairs;
        this.members = members;
        this.accounts = accounts;
        this.tx = tx;
    }

    public PairParticipant participant(Authentication authentication, UUID pairId) {
        Caller caller = Caller.of(authentication);
        return tx.read(() -> find(caller, pairId)).orElseThrow(() -> BusinessRuleException.notFound("Пара не найдена"));
    }

    /** The curator of the pair's school only (completion, termination, concerns). */
    public PairParticipant curator(Authentication authentication, UUID pairId) {
        PairParticipant who = participant(authentication, pairId);
        if (!who.is(PairSide.CURATOR)) {
            throw BusinessRuleException.notFound("Пара не найдена");
        }
        return who;
    }

    /** Runs the work in the pair's school (a mentor from another school reads and writes there, for this pair only). */
    public <T> T within(PairParticipant who, Supplier<T> work) {
        return Tenancy.run(Tenant.school(who.pair().schoolId()), work);
    }

    /** The pairs the caller takes part in as mentor (every school) or as a mentee with a login, newest first. */
    public List<PairParticipant> own(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return tx.read(() -> {
            List<PairParticipant> found = new java.util.ArrayList<>();
            if (caller.has(Roles.MENTOR)) {
                accountKey(caller).ifPresent(key -> pairs.findByMentorAccountKeyOrderByCreatedAtDesc(key)
                        .forEach(p -> found.add(new PairParticipant(p, PairSide.MENTOR, null, caller.username(), caller.email().orElse(null)))));
            }
            if (caller.has(Roles.MENTEE)) {
                accounts.of(caller).ifPresent(login -> members.findBySchoolIdAndKeyMenteeId(login.schoolId(),
                                login.menteeId()).forEach(m -> pairs.findByIdAndSchoolId(m.key().pairId(), login.schoolId())
                        .ifPresent(p -> found.add(new PairParticipant(p, PairSide.MENTEE, login.menteeId(), caller.username(), caller.email().orElse(null))))));
            }
            found.sort(java.util.Comparator.comparing((PairParticipant p) -> p.pair().startsOn()).reversed());
            return found;
        });
    }

    private Optional<PairParticipant> find(Caller caller, UUID pairId) {
        if (caller.has(Roles.MENTOR)) {
            Optional<String> key = accountKey(caller);
            Optional<Pair> led = pairs.findById(pairId).filter(p -> key.isPresent() && key.get().equals(p.mentorAccountKey()));
            if (led.isPresent()) {
                return led.map(p -> new PairParticipant(p, PairSide.MENTOR, null, caller.username(), caller.email().orElse(null)));
            }
        }
        if (caller.has(Roles.CURATOR) && caller.schoolId().isPresent()) {
            Optional<Pair> own = pairs.findByIdAndSchoolId(pairId, caller.schoolId().get());
            if (own.isPresent()) {
                return own.map(p -> new PairParticipant(p, PairSide.CURATOR, null, caller.username(), caller.email().orElse(null)));
            }
        }
        if (caller.has(Roles.MENTEE)) {
            Optional<MenteeLogin> login = accounts.of(caller);
            if (login.isPresent()) {
                UUID mentee = login.get().menteeId();
                return pairs.findByIdAndSchoolId(pairId, login.get().schoolId())
                        .filter(p -> members.existsById(new PairMember.Key(p.id(), mentee)))
                        .map(p -> new PairParticipant(p, PairSide.MENTEE, mentee, caller.username(), caller.email().orElse(null)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> accountKey(Caller caller) {
        return caller.email().filter(e -> !e.isBlank()).map(AccountKey::of);
    }
}
