package ru.mentoring.practices.bookmark;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.practices.access.Actor;

import java.util.List;
import java.util.UUID;

/** My collection: {@code PUT}/{@code DELETE /api/practices/{id}/bookmark}, {@code GET /api/practices/bookmarks}. */
@Controller("/api/practices")
@Secured(SecurityRule.IS_AUTHENTICATED)
class BookmarkController {

    private final BookmarkService service;

    BookmarkController(BookmarkService service) {
        this.service = service;
    }

    @Put("/{id}/bookmark")
    HttpResponse<Void> add(UUID id, Authentication authentication) {
        service.add(id, Actor.of(authentication));
        return HttpResponse.noContent();
    }

    @Delete("/{id}/bookmark")
    HttpResponse<Void> remove(UUID id, Authentication authentication) {
        service.remove(id, Actor.of(authentication));
        return HttpResponse.noContent();
    }

    @Get("/bookmarks")
    Items list(Authentication authentication) {
        return new Items(service.of(Actor.of(authentication)));
    }

    @Serdeable
    record Items(List<BookmarkService.Bookmarked> items) {
    }
}
