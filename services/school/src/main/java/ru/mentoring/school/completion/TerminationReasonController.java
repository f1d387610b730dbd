package ru.mentoring.school.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;

/** The school's managed list of reasons a pair ends early. */
@Controller("/api/termination-reasons")
@Secured(Roles.CURATOR)
class TerminationReasonController {

    private final TerminationReasons reasons;

    TerminationReasonController(TerminationReasons reasons) {
        this.reasons = reasons;
    }

    @Get
    ReasonList list(Authentication authentication) {
        return new ReasonList(reasons.of(Caller.of(authentication).requireSchool()).stream().map(Reason::of).toList());
    }

    @Post
    HttpResponse<Reason> add(Authentication authentication, @Valid @Body NewReason body) {
        return HttpResponse.created(Reason.of(reasons.add(Caller.of(authentication).requireSchool(), body.title())));
    }

    @Put("/{code}")
    Reason change(Authentication authentication, String code, @Valid @Body ChangedReason body) {
        return Reason.of(reasons.change(Caller.of(authentication).requireSchool(), code, body.title(),
                body.active() == null || body.active()));
    }

    @Serdeable
    record ReasonList(List<Reason> items) {
    }

    @Serdeable
    record Reason(String code, String title, boolean active) {
        static Reason of(TerminationReason r) {
            return new Reason(r.key().code(), r.title(), r.active());
        }
    }

    @Serdeable
    record NewReason(@NotBlank(message = "Укажите причину") @Size(max = 300, message = "Причина не длиннее 300 символов")
                     String title) {
    }

    @Serdeable
    record ChangedReason(@NotBlank(message = "Укажите причину") @Size(max = 300, message = "Причина не длиннее 300 символов")
                         String title, @Nullable Boolean active) {
    }
}
