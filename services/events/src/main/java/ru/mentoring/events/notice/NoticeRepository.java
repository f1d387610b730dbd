package ru.mentoring.events.notice;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.UUID;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static ru.mentoring.events.jooq.Tables.NOTICE;

@Singleton
class NoticeRepository {

    private final DSLContext sql;

    NoticeRepository(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(String recipient, UUID eventId, NoticeKind kind, String text) {
        sql.insertInto(NOTICE)
                .set(NOTICE.ID, UUID.randomUUID())
                .set(NOTICE.RECIPIENT_SUBJECT, recipient)
                .set(NOTICE.EVENT_ID, eventId)
                .set(NOTICE.KIND, kind.name())
                .set(NOTICE.TEXT, text)
                .execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertAll(java.util.List<Notices.Message> messages) {
        var insert = sql.insertInto(NOTICE, NOTICE.ID, NOTICE.RECIPIENT_SUBJECT, NOTICE.EVENT_ID, NOTICE.KIND, NOTICE.TEXT);
        for (Notices.Message m : messages) {
            insert = insert.values(UUID.randomUUID(), m.recipientSubject(), m.eventId(), m.kind().name(), m.text());
        }
        insert.execute();
    }

    @Transactional
    int markRead(String recipient) {
        return sql.update(NOTICE).set(NOTICE.READ_AT, currentOffsetDateTime())
                .where(NOTICE.RECIPIENT_SUBJECT.eq(recipient), NOTICE.READ_AT.isNull()).execute();
    }
}
