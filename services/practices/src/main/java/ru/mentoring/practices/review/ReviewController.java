package ru.mentoring.practices.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.practice.PracticeDecisions;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.UUID;

/**
 * Review of the version under review: {@code GET} its state; the methodist assigns experts, publishes,
 * returns or rejects with a reason and marks a published practice "recommended for competition"; an
 * assigned expert fills their sheet.
 */
@Controller("/api/practices/{id}/review")
@Secured({Roles.METHODIST, Roles.EXPERT})
class ReviewController {

    private final ReviewService service;
    private final PracticeDecisions decisions;

    ReviewController(ReviewService service, PracticeDecisions decisions) {
        this.service = service;
        this.decisions = decisions;
    }

    @Get
    ReviewState state(UUID id, Authentication authentication) {
        return service.state(id, Actor.of(authentication));
    }

    @Post("/experts")
    @Secured(Roles.METHODIST)
    ReviewState assign(UUID id, @Valid @Body Experts body, Authentication authentication) {
        return service.assign(id, body.experts(), Actor.of(authentication));
    }

    @Put("/sheet")
    @Secured(Roles.EXPERT)
    ReviewState sheet(UUID id, @Valid @Body SheetForm form, Authentication authentication) {
        return service.saveSheet(id, form, Actor.of(authentication));
    }

    @Post("/publish")
    @Secured(Roles.METHODIST)
    ReviewState publish(UUID id, Authentication authentication) {
        return service.publish(id, Actor.of(authentication));
    }

    @Post("/return")
    @Secured(Roles.METHODIST)
    ReviewState returnForRevision(UUID id, @Nullable @Body Reason body, Authentication authentication) {
        return service.returnForRevision(id, body == null ? null : body.reason(), Actor.of(authentication));
    }

    @Post("/reject")
    @Secured(Roles.METHODIST)
    ReviewState reject(UUID id, @Nullable @Body Reason body, Authentication authentication) {
        return service.reject(id, body == null ? null : body.reason(), Actor.of(authentication));
    }

    @Put("/recommendation")
    @Secured(Roles.METHODIST)
    Recommendation recommend(UUID id, @Body Recommendation body, Authentication authentication) {
        return new Recommendation(decisions.recommend(id, body.recommended(), Actor.of(authentication)));
    }

    @Serdeable
    record Experts(@Nullable @Size(max = 10, message = "Не больше 10 экспертов") List<String> experts) {
    }

    /** Checked by the service, so a missing body and a blank reason get the same Russian answer. */
    @Serdeable
    record Reason(@Nullable String reason) {
    }

    @Serdeable
    record Recommendation(boolean recommended) {
    }
}
