package ru.mentoring.practices.review;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.practice.PracticeReviewQueue;
import ru.mentoring.practices.practice.PracticeSummary;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;

/** The methodist's queue (everything submitted or in review), an expert's (what they are assigned). */
@Controller("/api/practices/review")
@Secured({Roles.METHODIST, Roles.EXPERT})
class ReviewQueueController {

    private final PracticeReviewQueue queue;
    private final ReviewService service;

    ReviewQueueController(PracticeReviewQueue queue, ReviewService service) {
        this.queue = queue;
        this.service = service;
    }

    @Get("/queue")
    Items<PracticeSummary> queue(Authentication authentication) {
        return new Items<>(queue.of(Actor.of(authentication)));
    }

    @Get("/criteria")
    Items<Criterion.Info> criteria() {
        return new Items<>(Criterion.catalogue());
    }

    @Get("/experts")
    @Secured(Roles.METHODIST)
    Items<ExpertDirectory.Expert> experts(Authentication authentication) {
        return new Items<>(service.directory(Actor.of(authentication)));
    }

    @Serdeable
    record Items<T>(List<T> items) {
    }
}
