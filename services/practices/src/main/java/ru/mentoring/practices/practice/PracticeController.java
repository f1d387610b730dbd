package ru.mentoring.practices.practice;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A practice the caller may not see answers 404, exactly like one that does not exist. */
@Controller("/api/practices")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PracticeController {

    private final PracticeService service;

    PracticeController(PracticeService service) {
        this.service = service;
    }

    @Post
    @Secured(Roles.CURATOR)
    HttpResponse<PracticeResponse> submit(@Valid @Body SubmitPracticeCommand command, Authentication authentication) {
        var practice = service.submit(command, Caller.of(authentication));
        return HttpResponse.created(PracticeResponse.of(practice), URI.create("/api/practices/" + practice.id()));
    }

    @Post("/{id}/publish")
    @Secured({Roles.METHODIST, Roles.EXPERT})
    PracticeResponse publish(UUID id, Authentication authentication) {
        return PracticeResponse.of(service.publish(id, Caller.of(authentication)));
    }

    @Post("/{id}/reject")
    @Secured({Roles.METHODIST, Roles.EXPERT})
    PracticeResponse reject(UUID id, @Nullable @Body RejectPracticeCommand command, Authentication authentication) {
        return PracticeResponse.of(service.reject(id, command == null ? null : command.reason(), Caller.of(authentication)));
    }

    @Get("/{id}")
    PracticeResponse find(UUID id, Authentication authentication) {
        return service.find(id, Caller.of(authentication)).map(PracticeResponse::of)
                .orElseThrow(() -> BusinessRuleException.notFound("Практика не найдена"));
    }

    /** {@code q}: words in any form, e.g. «наставника» finds «наставник». */
    @Get("{?q}")
    PracticeList list(@Nullable @QueryValue String q, Authentication authentication) {
        return new PracticeList(service.list(q, Caller.of(authentication)).stream().map(PracticeResponse::of).toList());
    }

    /** An empty result still carries {@code items}: serde would otherwise leave the empty list out. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PracticeList(List<PracticeResponse> items) {
    }

    @Serdeable
    record PracticeResponse(UUID id, String schoolId, String title, String summary, @Nullable String form,
                            List<String> competencies, int year, PracticeStatus status, String statusTitle,
                            @Nullable String rejectionReason, @Nullable Instant reviewedAt,
                            @Nullable Instant createdAt) {
        static PracticeResponse of(Practice p) {
            return new PracticeResponse(p.id(), p.schoolId(), p.title(), p.summary(), p.form(), p.competencies(),
                    p.year(), p.status(), p.status().title(), p.rejectionReason(), p.reviewedAt(), p.createdAt());
        }
    }
}
