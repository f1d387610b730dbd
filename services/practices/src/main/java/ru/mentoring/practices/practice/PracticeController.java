package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Writing practices. {@code POST} creates one and sends it to review at once, unless {@code "draft": true};
 * {@code PUT} saves the open version (and submits it with {@code "draft": false}). The full page of a
 * practice (files, ratings, comments) is {@code GET /api/practices/{id}} in the library feature.
 */
@Controller("/api/practices")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PracticeController {

    private final PracticeService service;

    PracticeController(PracticeService service) {
        this.service = service;
    }

    @Post
    @Secured({Roles.CURATOR, Roles.MENTOR})
    HttpResponse<PracticeView> create(@Valid @Body PracticeForm form, Authentication authentication) {
        PracticeView created = service.create(form, Actor.of(authentication));
        return HttpResponse.created(created, URI.create("/api/practices/" + created.id()));
    }

    @Put("/{id}")
    @Secured({Roles.CURATOR, Roles.MENTOR})
    PracticeView edit(UUID id, @Valid @Body PracticeForm form, Authentication authentication) {
        return service.edit(id, form, Actor.of(authentication));
    }

    @Post("/{id}/submit")
    @Secured({Roles.CURATOR, Roles.MENTOR})
    PracticeView submit(UUID id, Authentication authentication) {
        return service.submit(id, Actor.of(authentication));
    }

    @Post("/{id}/versions")
    @Secured({Roles.CURATOR, Roles.MENTOR})
    HttpResponse<PracticeView> newVersion(UUID id, Authentication authentication) {
        PracticeView draft = service.startNewVersion(id, Actor.of(authentication));
        return HttpResponse.created(draft, URI.create("/api/practices/" + id + "?version=" + draft.version()));
    }

    @Get("/{id}/versions/{number}")
    PracticeView version(UUID id, int number, Authentication authentication) {
        return service.view(id, number, Actor.of(authentication));
    }

    /** A curator's practices of their school, a mentor's own: drafts, submissions and published ones. */
    @Get("/mine")
    Items mine(Authentication authentication) {
        return new Items(service.mine(Actor.of(authentication)));
    }

    @Serdeable
    record Items(List<PracticeSummary> items) {
    }
}
