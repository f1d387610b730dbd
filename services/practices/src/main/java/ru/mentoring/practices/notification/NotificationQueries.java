package ru.mentoring.practices.notification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;

import static ru.mentoring.practices.jooq.Tables.NOTIFICATION;

/** A person's notifications, newest first. */
@Singleton
class NotificationQueries {

    private final DSLContext sql;

    NotificationQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<NotificationService.Item> of(String recipient, int limit) {
        var n = NOTIFICATION;
        return sql.select(n.ID, n.PRACTICE_ID, n.MESSAGE, n.CREATED_AT, n.READ_AT)
                .from(n)
                .where(n.RECIPIENT.eq(recipient))
                .orderBy(n.CREATED_AT.desc())
                .limit(limit)
                .fetch(r -> new NotificationService.Item(r.get(n.ID), r.get(n.PRACTICE_ID), r.get(n.MESSAGE),
                        r.get(n.CREATED_AT).toInstant(), r.get(n.READ_AT) == null ? null : r.get(n.READ_AT).toInstant()));
    }

    @Transactional(readOnly = true)
    int unread(String recipient) {
        var n = NOTIFICATION;
        return sql.fetchCount(n, n.RECIPIENT.eq(recipient).and(n.READ_AT.isNull()));
    }
}
