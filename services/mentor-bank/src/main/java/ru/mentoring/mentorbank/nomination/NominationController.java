package ru.mentoring.mentorbank.nomination;

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
import ru.mentoring.mentorbank.people.People;
import ru.mentoring.mentorbank.people.PersonName;
import ru.mentoring.mentorbank.school.School;
import ru.mentoring.mentorbank.school.Schools;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Controller("/api/nominations")
@Secured({Roles.METHODIST, Roles.CURATOR})
class NominationController {

    private final NominationService service;
    private final Schools schools;
    private final People people;

    NominationController(NominationService service, Schools schools, People people) {
        this.service = service;
        this.schools = schools;
        this.people = people;
    }

    @Post
    @Secured(Roles.CURATOR)
    HttpResponse<NominationView> nominate(Authentication authentication, @Valid @Body NominationCommands.Nominate body) {
        Nomination n = service.nominate(Caller.of(authentication), PersonName.of(authentication), body);
        return HttpResponse.created(view(n, null, schools.byId()), URI.create("/api/nominations/" + n.id()));
    }

    /**
     * Filters: {@code status}; {@code decided=true} for the history; {@code school} (methodist);
     * {@code target}; {@code mentor} (part of the name); {@code from}/{@code to} (days of the decision).
     */
    @Get
    NominationList list(Authentication authentication, @Nullable @QueryValue Nomination.Status status,
                        @Nullable @QueryValue Boolean decided, @Nullable @QueryValue String school,
                        @Nullable @QueryValue MentorVisibility target, @Nullable @QueryValue String mentor,
                        @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to) {
        var history = new NominationService.History(status, Boolean.TRUE.equals(decided), blank(school), target,
                blank(mentor), from, to);
        Map<String, School> bySchool = schools.byId();
        return new NominationList(service.visibleTo(Caller.of(authentication), history).stream()
                .map(n -> view(n, null, bySchool)).toList());
    }

    @Post("/{id}/approve")
    @Secured(Roles.METHODIST)
    NominationView approve(Authentication authentication, UUID id) {
        NominationService.Approval approval = service.approve(Caller.of(authentication), PersonName.of(authentication), id);
        return view(approval.nomination(), approval.temporaryPassword().orElse(null), schools.byId());
    }

    @Post("/{id}/reject")
    @Secured(Roles.METHODIST)
    NominationView reject(Authentication authentication, UUID id, @Valid @Body NominationCommands.Reject body) {
        return view(service.reject(Caller.of(authentication), PersonName.of(authentication), id, body.reason()), null,
                schools.byId());
    }

    private NominationView view(Nomination n, @Nullable String temporaryPassword, Map<String, School> bySchool) {
        return new NominationView(n.id(), n.mentorId(), service.mentorName(n.mentorId()).orElse(""), n.schoolId(),
                n.target(), n.networkProjectId(), n.motivation(), n.status(), n.reason(), n.nominatedBy(), n.decidedBy(),
                n.createdAt(), n.decidedAt(), service.accountOf(n.mentorId()).orElse(null), temporaryPassword,
                bySchool.containsKey(n.schoolId()) ? bySchool.get(n.schoolId()).displayName() : n.schoolId(),
                people.name(n.nominatedByName(), n.nominatedBy()),
                n.decidedBy() == null ? null : people.name(n.decidedByName(), n.decidedBy()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Serdeable
    record NominationList(List<NominationView> items) {
    }

    /**
     * {@code temporaryPassword} appears once, in the approval's answer, for the methodist to hand over.
     * {@code schoolName}, {@code nominatedByName}, {@code decidedByName}: how the people and the school read.
     */
    @Serdeable
    record NominationView(UUID id, UUID mentorId, String mentorName, String schoolId, MentorVisibility target,
                          @Nullable UUID networkProjectId, @Nullable String motivation, Nomination.Status status,
                          @Nullable String reason, String nominatedBy, @Nullable String decidedBy,
                          @Nullable Instant createdAt, @Nullable Instant decidedAt, @Nullable String accountUsername,
                          @Nullable String temporaryPassword, String schoolName, String nominatedByName,
                          @Nullable String decidedByName) {
    }
}
