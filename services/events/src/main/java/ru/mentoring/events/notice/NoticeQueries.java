package ru.mentoring.events.notice;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;

import static ru.mentoring.events.jooq.Tables.NOTICE;

@Singleton
class NoticeQueries {

    private final DSLContext sql;

    NoticeQueries(DSLContext sql) {
        this.sql = sql;
    }

    /** A person's own messages, newest first; nobody reads another person's. */
    @Transactional(readOnly = true)
    List<Notice> of(String recipient, int limit) {
        return sql.selectFrom(NOTICE).where(NOTICE.RECIPIENT_SUBJECT.eq(recipient))
                .orderBy(NOTICE.CREATED_AT.desc()).limit(limit)
                .fetch(r -> {
                    NoticeKind kind = NoticeKind.valueOf(r.getKind());
                    return new Notice(r.getId(), r.getEventId(), kind, kind.title(), r.getText(),
                            r.getCreatedAt().toInstant(), r.getReadAt() != null);
                });
    }
}
