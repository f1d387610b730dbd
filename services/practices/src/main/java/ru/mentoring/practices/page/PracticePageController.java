package ru.mentoring.practices.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import ru.mentoring.practices.access.Actor;

import java.util.UUID;

/**
 * {@code GET /api/practices/{id}[?version=N]}: the practice page. Without a version, readers get the
 * published one; the answer always says which version it is ({@code practice.version}).
 */
@Controller("/api/practices")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PracticePageController {

    private final PracticePages pages;

    PracticePageController(PracticePages pages) {
        this.pages = pages;
    }

    @Get("/{id}{?version}")
    PracticePage find(UUID id, @Nullable @QueryValue Integer version, Authentication authentication) {
        return pages.of(id, version, Actor.of(authentication));
    }
}
