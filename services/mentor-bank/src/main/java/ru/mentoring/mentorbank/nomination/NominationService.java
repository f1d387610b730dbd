package ru.mentoring.mentorbank.nomination;

import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.mentorbank.network.NetworkMembership;
import ru.mentoring.mentorbank.network.NetworkService;
import ru.mentoring.support.tx.Transactions;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A curator nominates a mentor of their own school; the methodist approves or rejects. Approval
 * first secures the mentor's login in Keycloak (idempotent: an account with that e-mail is linked),
 * then, in one transaction, widens the mentor's visibility and announces it.
 */
@Singleton
class NominationService {

    private final NominationRepository nominations;
    private final MentorService mentors;
    private final NetworkService networks;
    private final KeycloakAccounts accounts;
    private final Transactions transactions;
    private final NetworkMembership membership;
    private final Clock clock;

    NominationService(NominationRepository nominations, MentorService mentors, NetworkService networks,
                      KeycloakAccounts accounts, Transactions transactions, NetworkMembership membership, Clock clock) {
        this.nominations = nominations;
        this.mentors = mentors;
        this.networks = networks;
        this.accounts = accounts;
        this.transactions = transactions;
        this.membership = membership;
        this.clock = clock;
    }

    Nomination nominate(Caller curator, NominationCommands.Nominate c) {
        String school = curator.requireSchool();
        Nomination.checkTarget(c.target(), c.networkProjectId());
        return transactions.write(() -> {
            if (c.networkProjectId() != null && !membership.isMember(c.networkProjectId(), school)) {
                throw new BusinessRuleException("Школа не участвует в выбранном сетевом проекте");
            }
            UUID mentorId = c.mentorId() != null ? ownMentor(c.mentorId(), school).id() : newOwnMentor(c.profile(), school);
            boolean pending = nominations.findBySchoolIdOrderByCreatedAtDesc(school).stream()
                    .anyMatch(n -> n.mentorId().equals(mentorId) && n.target() == c.target()
                            && n.status() == Nomination.Status.PENDING);
            if (pending) {
                throw BusinessRuleException.conflict("Этот наставник уже выдвинут и ждёт решения методиста");
            }
            return nominations.save(new Nomination(UUID.randomUUID(), mentorId, school, c.target(), c.networkProjectId(),
                    blankToNull(c.motivation()), Nomination.Status.PENDING, null, curator.username(), null, null, null));
        });
    }

    record Approval(Nomination nomination, String accountUsername, Optional<String> temporaryPassword) {
    }

    Approval approve(Caller methodist, UUID id) {
        Nomination nomination = pending(id);
        Mentor mentor = mentors.find(nomination.mentorId()).orElseThrow();
        if (mentor.email() == null) {
            throw new BusinessRuleException("Для учётной записи наставника нужен e-mail: заполните его в профиле и повторите");
        }
        KeycloakAccounts.Account account = accounts.createOrLink(mentor.email(), mentor.fullName(), mentor.homeSchoolId());
        Nomination approved = transactions.write(() -> {
            Nomination locked = nominations.findByIdForUpdate(id).filter(n -> n.status() == Nomination.Status.PENDING)
                    .orElseThrow(() -> BusinessRuleException.conflict("По этому выдвижению уже принято решение"));
            mentors.widenVisibility(locked.mentorId(), locked.target());
            if (locked.networkProjectId() != null) {
                networks.addToPool(locked.networkProjectId(), locked.mentorId());
            }
            mentors.linkAccount(locked.mentorId(), account.username());
            return nominations.update(locked.approved(methodist.username(), clock.instant()));
        });
        return new Approval(approved, account.username(), account.temporaryPassword());
    }

    Nomination reject(Caller methodist, UUID id, String reason) {
        return transactions.write(() -> {
            Nomination locked = nominations.findByIdForUpdate(id)
                    .orElseThrow(() -> BusinessRuleException.notFound("Выдвижение не найдено"));
            return nominations.update(locked.rejected(reason, methodist.username(), clock.instant()));
        });
    }

    List<Nomination> visibleTo(Caller caller, Nomination.Status status) {
        return transactions.read(() -> {
            List<Nomination> all = caller.has(Roles.METHODIST)
                    ? nominations.findAllOrderByCreatedAtDesc()
                    : nominations.findBySchoolIdOrderByCreatedAtDesc(caller.requireSchool());
            return status == null ? all : all.stream().filter(n -> n.status() == status).toList();
        });
    }

    Optional<String> accountOf(UUID mentorId) {
        return mentors.accountOf(mentorId);
    }

    Optional<String> mentorName(UUID mentorId) {
        return mentors.find(mentorId).map(Mentor::fullName);
    }

    private Nomination pending(UUID id) {
        Nomination n = transactions.read(() -> nominations.findById(id))
                .orElseThrow(() -> BusinessRuleException.notFound("Выдвижение не найдено"));
        if (n.status() != Nomination.Status.PENDING) {
            throw BusinessRuleException.conflict("По этому выдвижению уже принято решение");
        }
        return n;
    }

    private Mentor ownMentor(UUID mentorId, String school) {
        Mentor mentor = mentors.find(mentorId).orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (!school.equals(mentor.homeSchoolId())) {
            throw new BusinessRuleException("Школа может выдвигать только своих наставников: «" + mentor.fullName()
                    + "» работает в другой организации");
        }
        return mentor;
    }

    /** A person new to the bank becomes the school's own mentor first, then is nominated. */
    private UUID newOwnMentor(MentorProfileCommand p, String school) {
        if (p == null) {
            throw new BusinessRuleException("Выберите наставника школы или заполните профиль нового наставника");
        }
        if (p.homeSchoolId() != null && !p.homeSchoolId().isBlank() && !p.homeSchoolId().strip().equals(school)) {
            throw new BusinessRuleException("Школа может выдвигать только своих наставников: указана чужая школа «"
                    + p.homeSchoolId().strip() + "»");
        }
        var own = new MentorProfileCommand(p.fullName(), p.kind(), p.capacity(), school, p.organisation(), p.position(),
                p.email(), p.phone(), p.birthDate(), p.subjects(), p.strengths(), p.forms(), p.qualificationCategory(),
                p.experienceYears(), p.timeAvailable(), p.interests(), p.preferredMenteeAge(), p.achievements(),
                p.trainingCompleted(), p.associationMember(), MentorVisibility.SCHOOL);
        return mentors.register(own).id();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
