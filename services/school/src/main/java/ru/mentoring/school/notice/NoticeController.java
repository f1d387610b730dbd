package ru.mentoring.school.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Controller("/api/notices")
@Secured(Roles.CURATOR)
class NoticeController {

    private final CuratorNotices notices;

    NoticeController(CuratorNotices notices) {
        this.notices = notices;
    }

    @Get
    NoticeList list(Authentication authentication) {
        String school = Caller.of(authentication).requireSchool();
        return new NoticeList(notices.recent(school).stream().map(n -> new Notice(n.id(), n.kind(), n.text(), n.pairId(),
                n.menteeId(), n.createdAt(), n.readAt() != null)).toList(), notices.unread(school));
    }

    @Post("/{id}/read")
    void read(Authentication authentication, UUID id) {
        notices.markRead(Caller.of(authentication).requireSchool(), id);
    }

    @Serdeable
    record NoticeList(List<Notice> items, long unread) {
    }

    @Serdeable
    record Notice(UUID id, NoticeKind kind, String text, @Nullable UUID pairId, @Nullable UUID menteeId,
                  @Nullable Instant createdAt, boolean read) {
    }
}
