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
    private final java.time.ZoneId zone;

    NominationService(NominationRepository nominations, MentorService mentors, NetworkService networks,
                      KeycloakAccounts accounts, Transactions transactions, NetworkMembership membership, Clock clock,
                      @io.micronaut.context.annotation.Value("${mentoring.time-zone:Europe/Moscow}") String zone) {
        this.nominations = nominations;
        this.mentors = mentors;
        this.networks = networks;
        this.accounts = accounts;
        this.transactions = transactions;
        this.membership = membership;
        this.clock = clock;
        this.zone = java.time.ZoneId.of(zone);
    }

    Nomination nominate(Caller curator, String curatorName, NominationCommands.Nominate c) {
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
                    blankToNull(c.motivation()), Nomination.Status.PENDING, null, curator.username(), null, null, null,
                    curatorName, null));
        });
    }

    record Approval(Nomination nomination, String accountUsername, Optional<String> temporaryPassword) {
    }

    Approval approve(Caller methodist, String methodistName, UUID id) {
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
            return nominations.update(locked.approved(methodist.username(), methodistName, clock.instant()));
        });
        return new Approval(approved, account.username(), account.temporaryPassword());
    }

    Nomination reject(Caller methodist, String methodistName, UUID id, String reason) {
        return transactions.write(() -> {
            Nomination locked = nominations.findByIdForUpdate(id)
                    .orElseThrow(() -> BusinessRuleException.notFound("Выдвижение не найдено"));
            return nominations.update(locked.rejected(reason, methodist.username(), methodistName, clock.instant()));
        });
    }

    /**
     * A school's nominations, or for the methodist every one; filtered by status, the history (decided
     * only), school (methodist), target, part of the mentor's name and the days of the decision (or of the
     * nomination while pending). A year's nominations are a few hundred: filtered here.
     */
    List<Nomination> visibleTo(Caller caller, History h) {
        return transactions.read(() -> {
            List<Nomination> all = caller.has(Roles.METHODIST)
                    ? nominations.findAllOrderByCreatedAtDesc()
                    : nominations.findBySchoolIdOrderByCreatedAtDesc(caller.requireSchool());
            java.util.Set<UUID> named = h.mentorName() == null ? null : java.util.Set.copyOf(mentors.idsByName(h.mentorName()));
            return all.stream()
                    .filter(n -> h.status() == null || n.status() == h.status())
                    .filter(n -> !h.decidedOnly() || n.status() != Nomination.Status.PENDING)
                    .filter(n -> h.school() == null || !caller.has(Roles.METHODIST) || n.schoolId().equals(h.school()))
                    .filter(n -> h.target() == null || n.target() == h.target())
                    .filter(n -> named == null || named.contains(n.mentorId()))
                    .filter(n -> within(n.decidedAt() != null ? n.decidedAt() : n.createdAt(), h.from(), h.to()))
                    .sorted(java.util.Comparator.comparing((Nomination n) -> n.decidedAt() != null ? n.decidedAt()
                            : n.createdAt(), java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                    .toList();
        });
    }

    record History(Nomination.Status status, boolean decidedOnly, String school, MentorVisibility target,
                   String mentorName, java.time.LocalDate from, java.time.LocalDate to) {
    }

    private boolean within(java.time.Instant at, java.time.LocalDate from, java.time.LocalDate to) {
        if (at == null) {
            return from == null && to == null;
        }
        java.time.LocalDate day = at.atZone(zone).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
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
                p.trainingCompleted(), p.associationMember(), MentorVisibility.SCHOOL, p.ownStrengths(), p.formats());
        return mentors.register(own).id();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
