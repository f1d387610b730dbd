package ru.mentoring.practices.comment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.UUID;

@Controller("/api/practices/{id}/comments")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CommentController {

    private final CommentService service;

    CommentController(CommentService service) {
        this.service = service;
    }

    @Get
    Items list(UUID id, Authentication authentication) {
        return new Items(service.of(id, Actor.of(authentication)));
    }

    @Post
    @Secured({Roles.MENTOR, Roles.CURATOR, Roles.METHODIST, Roles.EXPERT})
    HttpResponse<CommentService.CommentView> add(UUID id, @Nullable @Body Text body, Authentication authentication) {
        return HttpResponse.created(service.add(id, body == null ? null : body.text(), Actor.of(authentication)));
    }

    /** Length is checked by the service, so a missing body and an empty text get the same Russian answer. */
    @Serdeable
    record Text(@Nullable String text) {
    }

    @Serdeable
    record Items(List<CommentService.CommentView> items) {
    }
}
