package ru.mentoring.school.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/** The mentee's own mutual choice: their explained shortlist, and the mentor they pick. */
@Controller("/api/me/choice")
@Secured(Roles.MENTEE)
class MenteeChoiceController {

    private final MenteeChoice choice;

    MenteeChoiceController(MenteeChoice choice) {
        this.choice = choice;
    }

    @Get
    MenteeChoice.Shortlist shortlist(Authentication authentication) {
        return choice.shortlist(Caller.of(authentication));
    }

    @Post
    MenteeChoice.Chosen choose(Authentication authentication, @Valid @Body Choose body) {
        return choice.choose(Caller.of(authentication), body.mentorId(), body.form());
    }

    @Serdeable
    record Choose(@Nullable @NotNull(message = "Выберите наставника") UUID mentorId,
                  @Nullable @NotBlank(message = "Выберите форму наставничества") String form) {
    }
}
