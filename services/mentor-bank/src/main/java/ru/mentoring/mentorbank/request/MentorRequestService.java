package ru.mentoring.mentorbank.request;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A school asks for a mentor of another school or of the municipal bank; the mentor or the methodist
 * decides, or the school withdraws the request while it waits. A pending request holds one of the
 * mentor's seats, taken by an atomic conditional update, so the capacity holds across all schools.
 * A mentor of the curator's own school is not requested: the school assigns its own mentors itself
 * (ADR 0016). A paused or departed mentor takes no new requests.
 */
@Singleton
class MentorRequestService {

    private final MentorRequestRepository requests;
    private final MentorRequestQueries queries;
    private final MentorService mentors;
    private final MentorSeats seats;
    private final NetworkMembership membership;
    private final Clock clock;
    private final ZoneId zone;

    MentorRequestService(MentorRequestRepository requests, MentorRequestQueries queries, MentorService mentors,
                         MentorSeats seats, NetworkMembership membership, Clock clock,
                         @Value("${mentoring.time-zone:Europe/Moscow}") String zone) {
        this.requests = requests;
        this.queries = queries;
        this.mentors = mentors;
        this.seats = seats;
        this.membership = membership;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @Transactional
    MentorRequest request(Caller curator, String curatorName, UUID mentorId, String need) {
        String school = curator.requireSchool();
        Mentor mentor = mentors.find(mentorId)
                .filter(m -> visibleTo(m, school))
                .orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (school.equals(mentor.homeSchoolId())) {
            throw new BusinessRuleException(mentor.fullName() + " — наставник вашей школы. Запрос нужен только для "
                    + "наставника другой школы или муниципального банка; своего наставника школа назначает в пару сама");
        }
        if (!mentor.takesRequests()) {
            throw BusinessRuleException.conflict(mentor.fullName() + " сейчас не принимает новые запросы: "
                    + mentor.status().russian());
        }
        if (!seats.reserve(mentor.id())) {
            throw BusinessRuleException.conflict("У наставника " + mentor.fullName()
                    + " нет свободных мест: все " + mentor.capacity() + " заняты или ждут решения");
        }
        return requests.save(new MentorRequest(UUID.randomUUID(), mentor.id(), school, need.strip(),
                MentorRequest.Status.PENDING, null, curator.username(), null, null, null, curatorName, null));
    }

    @Transactional
    MentorRequest accept(Caller caller, String callerName, UUID requestId) {
        MentorRequest request = pendingForDecision(caller, requestId);
        if (!seats.confirm(request.mentorId())) {
            throw new IllegalStateException("pending request " + requestId + " held no seat");
        }
        return requests.update(request.decided(MentorRequest.Status.ACCEPTED, null, caller.username(), callerName,
                clock.instant()));
    }

    @Transactional
    MentorRequest decline(Caller caller, String callerName, UUID requestId, String reason) {
        MentorRequest request = pendingForDecision(caller, requestId);
        seats.release(request.mentorId());
        return requests.update(request.decided(MentorRequest.Status.DECLINED, reason.strip(), caller.username(),
                callerName, clock.instant()));
    }

    /** The requesting school takes back a request nobody decided yet: the seat it held goes back. */
    @Transactional
    MentorRequest withdraw(Caller curator, String curatorName, UUID requestId) {
        String school = curator.requireSchool();
        MentorRequest request = requests.findByIdForUpdate(requestId)
                .filter(r -> r.requestingSchoolId().equals(school))
                .orElseThrow(() -> BusinessRuleException.notFound("Запрос не найден"));
        if (request.status() != MentorRequest.Status.PENDING) {
            throw BusinessRuleException.conflict("Запрос уже решён, отозвать его нельзя");
        }
        seats.release(request.mentorId());
        return requests.update(request.decided(MentorRequest.Status.WITHDRAWN, null, curator.username(), curatorName,
                clock.instant()));
    }

    /** A school's own requests; a mentor's requests to them; for the methodist, all, filtered. */
    @Transactional(readOnly = true)
    List<MentorRequest> visibleTo(Caller caller, History history) {
        if (caller.has(Roles.METHODIST) || caller.has(Roles.CURATOR)) {
            String school = caller.has(Roles.METHODIST) ? history.school() : caller.requireSchool();
            List<UUID> mentorIds = history.mentorName() == null ? null : mentors.idsByName(history.mentorName());
            var filter = new MentorRequestQueries.RequestFilter(history.status(), history.decidedOnly(), school,
                    mentorIds, history.from(), history.to(), zone, 1000);
            return inOrder(queries.search(filter));
        }
        return ownMentor(caller).map(m -> requests.findByMentorIdOrderByCreatedAtDesc(m.id())).orElse(List.of());
    }

    record History(@Nullable MentorRequest.Status status, boolean decidedOnly, @Nullable String school,
                   @Nullable String mentorName, @Nullable LocalDate from, @Nullable LocalDate to) {
        static final History ALL = new History(null, false, null, null, null, null);
    }

    @Transactional(readOnly = true)
    Map<UUID, Mentor> mentorsOf(List<MentorRequest> list) {
        Map<UUID, Mentor> byId = new HashMap<>();
        mentors.findAll(list.stream().map(MentorRequest::mentorId).distinct().toList()).forEach(m -> byId.put(m.id(), m));
        return byId;
    }

    private List<MentorRequest> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, MentorRequest> byId = new HashMap<>();
        requests.findByIdIn(ids).forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
