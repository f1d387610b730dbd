package ru.mentoring.practices.notification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;

import static ru.mentoring.practices.jooq.Tables.NOTIFICATION;

/** Marks all of one person's unread notifications read in one typed update. */
@Singleton
class ReadMarkRepository {

    private final DSLContext sql;

    ReadMarkRepository(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional
    int markRead(String recipient, Instant at) {
        var n = NOTIFICATION;
        return sql.update(n).set(n.READ_AT, at.atOffset(ZoneOffset.UTC))
                .where(n.RECIPIENT.eq(recipient)).and(n.READ_AT.isNull())
                .execute();
    }
}
