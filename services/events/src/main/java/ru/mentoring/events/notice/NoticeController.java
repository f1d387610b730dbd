package ru.mentoring.events.notice;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The signed-in person's own messages about events (confirmations, promotions, reminders). */
@Controller("/api/me/notices")
@Secured(SecurityRule.IS_AUTHENTICATED)
class NoticeController {

    private final NoticeQueries queries;
    private final Notices notices;

    NoticeController(NoticeQueries queries, Notices notices) {
        this.queries = queries;
        this.notices = notices;
    }

    @Get
    NoticeList mine(Authentication authentication) {
        List<Notice> items = queries.of(authentication.getName(), 100);
        return new NoticeList(items, (int) items.stream().filter(n -> !n.read()).count());
    }

    @Post("/read")
    NoticeList markRead(Authentication authentication) {
        notices.markRead(authentication.getName());
        return mine(authentication);
    }

    @Serdeable
    record NoticeList(List<Notice> items, int unread) {
    }
}
