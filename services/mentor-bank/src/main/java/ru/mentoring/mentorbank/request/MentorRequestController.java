package ru.mentoring.mentorbank.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.people.People;
import ru.mentoring.mentorbank.people.PersonName;
import ru.mentoring.mentorbank.school.School;
import ru.mentoring.mentorbank.school.Schools;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests for mentors; every answer names the mentor, the school and the people, never a bare login. */
@Controller("/api/mentor-requests")
@Secured({Roles.METHODIST, Roles.CURATOR, Roles.MENTOR})
class MentorRequestController {

    private final MentorRequestService service;
    private final Schools schools;
    private final People people;

    MentorRequestController(MentorRequestService service, Schools schools, People people) {
        this.service = service;
        this.schools = schools;
        this.people = people;
    }

    @Post
    @Secured(Roles.CURATOR)
    HttpResponse<RequestView> request(Authentication authentication, @Valid @Body NewRequest body) {
        MentorRequest request = service.request(Caller.of(authentication), PersonName.of(authentication),
                body.mentorId(), body.need());
        return HttpResponse.created(views(List.of(request)).getFirst(), URI.create("/api/mentor-requests/" + request.id()));
    }

    /**
     * A curator sees the school's requests, a mentor those addressed to them, the methodist every one.
     * Filters: {@code status}; {@code decided=true} for the history (every request but pending ones);
     * {@code school} (methodist); {@code mentor} (part of the mentor's name); {@code from}/{@code to}
     * (days of the decision, or of the request while pending).
     */
    @Get
    RequestList list(Authentication authentication, @Nullable @QueryValue MentorRequest.Status status,
                     @Nullable @QueryValue Boolean decided, @Nullable @QueryValue String school,
                     @Nullable @QueryValue String mentor, @Nullable @QueryValue LocalDate from,
                     @Nullable @QueryValue LocalDate to) {
        var history = new MentorRequestService.History(status, Boolean.TRUE.equals(decided), blank(school), blank(mentor),
                from, to);
        return new RequestList(views(service.visibleTo(Caller.of(authentication), history)));
    }

    @Post("/{id}/accept")
    @Secured({Roles.METHODIST, Roles.MENTOR})
    RequestView accept(Authentication authentication, UUID id) {
        return views(List.of(service.accept(Caller.of(authentication), PersonName.of(authentication), id))).getFirst();
    }

    @Post("/{id}/decline")
    @Secured({Roles.METHODIST, Roles.MENTOR})
    RequestView decline(Authentication authentication, UUID id, @Valid @Body Decline body) {
        return views(List.of(service.decline(Caller.of(authentication), PersonName.of(authentication), id,
                body.reason()))).getFirst();
    }

    /** The requesting school takes back a request still waiting for a decision; the seat goes back. */
    @Post("/{id}/withdraw")
    @Secured(Roles.CURATOR)
    RequestView withdraw(Authentication authentication, UUID id) {
        return views(List.of(service.withdraw(Caller.of(authentication), PersonName.of(authentication), id))).getFirst();
    }

    private List<RequestView> views(List<MentorRequest> list) {
        Map<UUID, Mentor> mentors = service.mentorsOf(list);
        Map<String, School> bySchool = schools.byId();
        return list.stream().map(r -> new RequestView(r.id(), r.mentorId(),
                mentors.containsKey(r.mentorId()) ? mentors.get(r.mentorId()).fullName() : "",
                r.requestingSchoolId(), bySchool.containsKey(r.requestingSchoolId())
                        ? bySchool.get(r.requestingSchoolId()).displayName() : r.requestingSchoolId(),
                r.need(), r.status(), r.decisionReason(), r.requestedBy(), people.name(r.requestedByName(), r.requestedBy()),
                r.decidedBy(), r.decidedBy() == null ? null : people.name(r.decidedByName(), r.decidedBy()),
                r.createdAt(), r.decidedAt())).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Serdeable
    record NewRequest(@NotNull(message = "Укажите наставника") UUID mentorId,
                      @NotBlank(message = "Опишите, для какой задачи нужен наставник")
                      @Size(max = 2000, message = "Описание задачи не длиннее 2000 символов") String need) {
    }

    @Serdeable
    record Decline(@NotBlank(message = "Укажите причину отказа")
                   @Size(max = 2000, message = "Причина не длиннее 2000 символов") String reason) {
    }

    @Serdeable
    record RequestList(List<RequestView> items) {
    }

    /** The request as before, plus the names of the mentor, the school and the people who asked and decided. */
    @Serdeable
    record RequestView(UUID id, UUID mentorId, String mentorName, String requestingSchoolId,
                       String requestingSchoolName, String need, MentorRequest.Status status,
                       @Nullable String decisionReason, String requestedBy, String requestedByName,
                       @Nullable String decidedBy, @Nullable String decidedByName, @Nullable Instant createdAt,
                       @Nullable Instant decidedAt) {
    }
}
