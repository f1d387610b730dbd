package ru.mentoring.practices.rating;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/** {@code PUT {"stars": 1..5}} rates a published practice (again: replaces); {@code DELETE} takes the rating back. */
@Controller("/api/practices/{id}/rating")
@Secured({Roles.MENTOR, Roles.CURATOR, Roles.METHODIST, Roles.EXPERT})
class RatingController {

    private final RatingService service;

    RatingController(RatingService service) {
        this.service = service;
    }

    @Put
    RatingSummary rate(UUID id, @Nullable @Body Stars body, Authentication authentication) {
        return service.rate(id, body == null ? null : body.stars(), Actor.of(authentication));
    }

    @Delete
    RatingSummary withdraw(UUID id, Authentication authentication) {
        return service.withdraw(id, Actor.of(authentication));
    }

    @Serdeable
    record Stars(@Nullable Integer stars) {
    }
}
