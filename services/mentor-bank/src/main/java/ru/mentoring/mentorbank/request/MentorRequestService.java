package ru.mentoring.mentorbank.request;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorPublisher;
import ru.mentoring.mentorbank.mentor.MentorRepository;
import ru.mentoring.mentorbank.network.NetworkMembership;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A school asks for a mentor; the mentor or the methodist decides. A pending request holds one of
 * the mentor's seats, taken by an atomic conditional update, so the capacity holds across all
 * schools, whoever asks and however many ask at the same moment.
 */
@Singleton
class MentorRequestService {

    private final MentorRequestRepository requests;
    private final MentorRepository mentors;
    private final MentorPublisher publisher;
    private final NetworkMembership membership;
    private final DSLContext sql;

    MentorRequestService(MentorRequestRepository requests, MentorRepository mentors, MentorPublisher publisher,
                         NetworkMembership membership, DSLContext sql) {
        this.requests = requests;
        this.mentors = mentors;
        this.publisher = publisher;
        this.membership = membership;
        this.sql = sql;
    }

    @Transactional
    MentorRequest request(Caller curator, UUID mentorId, String need) {
        String school = curator.requireSchool();
        Mentor mentor = mentors.findById(mentorId)
                .filter(m -> visibleTo(m, school))
                .orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (mentors.reserveSeat(mentor.id()) == 0) {
            throw BusinessRuleException.conflict("У наставника " + mentor.fullName()
                    + " нет свободных мест: все " + mentor.capacity() + " заняты или ждут решения");
        }
        var request = requests.save(new MentorRequest(UUID.randomUUID(), mentor.id(), school, need.strip(),
                MentorRequest.Status.PENDING, null, curator.username(), null, null, null));
        publisher.publishUpdate(mentor.id());
        return request;
    }

    @Transactional
    MentorRequest accept(Caller caller, UUID requestId) {
        MentorRequest request = pendingForDecision(caller, requestId);
        if (mentors.confirmSeat(request.mentorId()) == 0) {
            throw new IllegalStateException("pending request " + requestId + " held no seat");
        }
        var decided = requests.update(request.decided(MentorRequest.Status.ACCEPTED, null, caller.username()));
        publisher.publishUpdate(request.mentorId());
        return decided;
    }

    @Transactional
    MentorRequest decline(Caller caller, UUID requestId, String reason) {
        MentorRequest request = pendingForDecision(caller, requestId);
        mentors.releaseSeat(request.mentorId());
        var decided = requests.update(request.decided(MentorRequest.Status.DECLINED, reason.strip(), caller.username()));
        publisher.publishUpdate(request.mentorId());
        return decided;
    }

    @Transactional(readOnly = true)
    List<MentorRequest> visibleTo(Caller caller) {
        if (caller.has(Roles.METHODIST)) {
            return requests.findAllOrderByCreatedAtDesc();
        }
        if (caller.has(Roles.CURATOR)) {
            return requests.findByRequestingSchoolIdOrderByCreatedAtDesc(caller.requireSchool());
        }
        return ownMentor(caller).map(m -> requests.findByMentorIdOrderByCreatedAtDesc(m.id())).orElse(List.of());
    }

    private MentorRequest pendingForDecision(Caller caller, UUID requestId) {
        MentorRequest request = requests.lock(requestId)
                .filter(r -> mayDecide(caller, r))
                .orElseThrow(() -> BusinessRuleException.notFound("Запрос не найден"));
        if (request.status() != MentorRequest.Status.PENDING) {
            throw BusinessRuleException.conflict("По этому запросу уже принято решение");
        }
        return request;
    }

    private boolean mayDecide(Caller caller, MentorRequest request) {
        return caller.has(Roles.METHODIST)
                || ownMentor(caller).map(m -> m.id().equals(request.mentorId())).orElse(false);
    }

    /** A mentor's login is linked to their profile by the e-mail Keycloak verified. */
    private Optional<Mentor> ownMentor(Caller caller) {
        if (!caller.has(Roles.MENTOR) || caller.email().isEmpty()) {
            return Optional.empty();
        }
        return sql.fetchOptional("select id from mentor where lower(email) = lower(?) limit 1", caller.email().get())
                .flatMap(r -> mentors.findById(r.get(0, UUID.class)));
    }

    private boolean visibleTo(Mentor mentor, String school) {
        if (mentor.visibility() == MentorVisibility.MUNICIPAL || school.equals(mentor.homeSchoolId())) {
            return true;
        }
        return mentor.visibility() == MentorVisibility.NETWORK && membership.schoolsSharing(mentor.id()).contains(school);
    }
}
