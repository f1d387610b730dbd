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
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Controller("/api/nominations")
@Secured({Roles.METHODIST, Roles.CURATOR})
class NominationController {

    private final NominationService service;

    NominationController(NominationService service) {
        this.service = service;
    }

    @Post
    @Secured(Roles.CURATOR)
    HttpResponse<NominationView> nominate(Authentication authentication, @Valid @Body NominationCommands.Nominate body) {
        Nomination n = service.nominate(Caller.of(authentication), body);
        return HttpResponse.created(view(n, null), URI.create("/api/nominations/" + n.id()));
    }

    @Get
    NominationList list(Authentication authentication, @Nullable @QueryValue Nomination.Status status) {
        return new NominationList(service.visibleTo(Caller.of(authentication), status).stream()
                .map(n -> view(n, null)).toList());
    }

    @Post("/{id}/approve")
    @Secured(Roles.METHODIST)
    NominationView approve(Authentication authentication, UUID id) {
        NominationService.Approval approval = service.approve(Caller.of(authentication), id);
        return view(approval.nomination(), approval.temporaryPassword().orElse(null));
    }

    @Post("/{id}/reject")
    @Secured(Roles.METHODIST)
    NominationView reject(Authentication authentication, UUID id, @Valid @Body NominationCommands.Reject body) {
        return view(service.reject(Caller.of(authentication), id, body.reason()), null);
    }

    private NominationView view(Nomination n, @Nullable String temporaryPassword) {
        return new NominationView(n.id(), n.mentorId(), service.mentorName(n.mentorId()).orElse(""), n.schoolId(),
                n.target(), n.networkProjectId(), n.motivation(), n.status(), n.reason(), n.nominatedBy(), n.decidedBy(),
                n.createdAt(), n.decidedAt(), service.accountOf(n.mentorId()).orElse(null), temporaryPassword);
    }

    @Serdeable
    record NominationList(List<NominationView> items) {
    }

    /** {@code temporaryPassword} appears once, in the approval's answer, for the methodist to hand over. */
    @Serdeable
    record NominationView(UUID id, UUID mentorId, String mentorName, String schoolId, MentorVisibility target,
                          @Nullable UUID networkProjectId, @Nullable String motivation, Nomination.Status status,
                          @Nullable String reason, String nominatedBy, @Nullable String decidedBy,
                          @Nullable Instant createdAt, @Nullable Instant decidedAt, @Nullable String accountUsername,
                          @Nullable String temporaryPassword) {
    }
}
