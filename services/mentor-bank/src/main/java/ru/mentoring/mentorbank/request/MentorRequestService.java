package ru.mentoring.mentorbank.request;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorAudience;
import ru.mentoring.mentorbank.mentor.MentorSeats;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.mentorbank.network.NetworkMembership;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
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
    private final MentorService mentors;
    private final MentorSeats seats;
    private final NetworkMembership membership;
    private final Clock clock;

    MentorRequestService(MentorRequestRepository requests, MentorService mentors, MentorSeats seats,
                         NetworkMembership membership, Clock clock) {
        this.requests = requests;
        this.mentors = mentors;
        this.seats = seats;
        this.membership = membership;
        this.clock = clock;
    }

    @Transactional
    MentorRequest request(Caller curator, UUID mentorId, String need) {
        String school = curator.requireSchool();
        Mentor mentor = mentors.find(mentorId)
                .filter(m -> visibleTo(m, school))
                .orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (!seats.reserve(mentor.id())) {
            throw BusinessRuleException.conflict("У наставника " + mentor.fullName()
                    + " нет свободных мест: все " + mentor.capacity() + " заняты или ждут решения");
        }
        return requests.save(new MentorRequest(UUID.randomUUID(), mentor.id(), school, need.strip(),
                MentorRequest.Status.PENDING, null, curator.username(), null, null, null));
    }

    @Transactional
    MentorRequest accept(Caller caller, UUID requestId) {
        MentorRequest request = pendingForDecision(caller, requestId);
        if (!seats.confirm(request.mentorId())) {
            throw new IllegalStateException("pending request " + requestId + " held no seat");
        }
        return requests.update(request.decided(MentorRequest.Status.ACCEPTED, null, caller.username(), clock.instant()));
    }

    @Transactional
    MentorRequest decline(Caller caller, UUID requestId, String reason) {
        MentorRequest request = pendingForDecision(caller, requestId);
        seats.release(request.mentorId());
        return requests.update(request.decided(MentorRequest.Status.DECLINED, reason.strip(), caller.username(),
                clock.instant()));
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
        MentorRequest request = requests.findByIdForUpdate(requestId)
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
        return mentors.findByEmail(caller.email().get());
    }

    private boolean visibleTo(Mentor mentor, String school) {
        return MentorAudience.includes(mentor, mentor.visibility() == MentorVisibility.NETWORK
                ? membership.schoolsSharing(mentor.id()) : List.of(), school);
    }
}
