package ru.mentoring.practices.notification;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.practices.access.Actor;

import java.util.List;

/** The caller's own notifications, found by the e-mail in their token. */
@Controller("/api/practices/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
class NotificationController {

    private final NotificationService service;

    NotificationController(NotificationService service) {
        this.service = service;
    }

    @Get
    Inbox list(Authentication authentication) {
        return Actor.of(authentication).email()
                .map(email -> new Inbox(service.of(email), service.unread(email)))
                .orElseGet(() -> new Inbox(List.of(), 0));
    }

    @Post("/read")
    Inbox read(Authentication authentication) {
        Actor.of(authentication).email().ifPresent(service::markRead);
        return list(authentication);
    }

    @Serdeable
    record Inbox(List<NotificationService.Item> items, int unread) {
    }
}
