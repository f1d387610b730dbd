package ru.mentoring.support.mail;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static ru.mentoring.support.jooq.Tables.MAIL_QUEUE;

/** The mail queue through the jOOQ classes generated from its migration. */
@Singleton
class MailRepository {

    private final org.jooq.DSLContext sql;
    private final Clock clock;

    MailRepository(org.jooq.DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(UUID id, Mail mail) {
        var attachment = mail.attachment();
        sql.insertInto(MAIL_QUEUE)
                .set(MAIL_QUEUE.ID, id)
                .set(MAIL_QUEUE.RECIPIENT, mail.to())
                .set(MAIL_QUEUE.SUBJECT, mail.subject())
                .set(MAIL_QUEUE.BODY, mail.text())
                .set(MAIL_QUEUE.ATTACHMENT_NAME, attachment == null ? null : attachment.name())
                .set(MAIL_QUEUE.ATTACHMENT_TYPE, attachment == null ? null : attachment.contentType())
                .set(MAIL_QUEUE.ATTACHMENT, attachment == null ? null : attachment.data())
                .execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertAll(List<Mail> mails) {
        var insert = sql.insertInto(MAIL_QUEUE, MAIL_QUEUE.ID, MAIL_QUEUE.RECIPIENT, MAIL_QUEUE.SUBJECT, MAIL_QUEUE.BODY,
                MAIL_QUEUE.ATTACHMENT_NAME, MAIL_QUEUE.ATTACHMENT_TYPE, MAIL_QUEUE.ATTACHMENT);
        for (Mail m : mails) {
            var a = m.attachment();
            insert = insert.values(UUID.randomUUID(), m.to(), m.subject(), m.text(), a == null ? null : a.name(),
                    a == null ? null : a.contentType(), a == null ? null : a.data());
        }
        insert.execute();
    }

    /** Due messages, oldest first; locked so that a second instance's relay skips them. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<QueuedMail> due(int limit) {
        return sql.select(MAIL_QUEUE.ID, MAIL_QUEUE.RECIPIENT, MAIL_QUEUE.SUBJECT, MAIL_QUEUE.BODY,
                        MAIL_QUEUE.ATTACHMENT_NAME, MAIL_QUEUE.ATTACHMENT_TYPE, MAIL_QUEUE.ATTACHMENT, MAIL_QUEUE.ATTEMPTS)
                .from(MAIL_QUEUE)
                .where(MAIL_QUEUE.SENT_AT.isNull(), MAIL_QUEUE.NEXT_ATTEMPT_AT.le(currentOffsetDateTime()))
                .orderBy(MAIL_QUEUE.SEQ)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(r -> new QueuedMail(r.value1(), new Mail(r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? null : new Mail.Attachment(r.value5(), r.value6(), r.value7())), r.value8()));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void markSent(java.util.Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            sql.update(MAIL_QUEUE).set(MAIL_QUEUE.SENT_AT, currentOffsetDateTime())
                    .set(MAIL_QUEUE.ATTEMPTS, MAIL_QUEUE.ATTEMPTS.plus(1))
                    .where(MAIL_QUEUE.ID.in(ids)).execute();
        }
    }

    /** A failed attempt waits longer each time, up to an hour; the message is never dropped. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void markFailed(UUID id, int attempts, String error) {
        long seconds = Math.min(3600, (long) Math.pow(2, Math.min(attempts, 12)));
        sql.update(MAIL_QUEUE).set(MAIL_QUEUE.ATTEMPTS, attempts + 1)
                .set(MAIL_QUEUE.LAST_ERROR, error)
                .set(MAIL_QUEUE.NEXT_ATTEMPT_AT, OffsetDateTime.now(clock).plus(Duration.ofSeconds(seconds)))
                .where(MAIL_QUEUE.ID.eq(id)).execute();
    }

    @Transactional(readOnly = true)
    long countUnsent() {
        return sql.fetchCount(MAIL_QUEUE, MAIL_QUEUE.SENT_AT.isNull());
    }

    /** Sent messages are kept a while for diagnosis, then removed. */
    @Transactional
    int purgeSentBefore(Duration age) {
        return sql.deleteFrom(MAIL_QUEUE).where(MAIL_QUEUE.SENT_AT.lt(OffsetDateTime.now(clock).minus(age))).execute();
    }

    record QueuedMail(UUID id, Mail mail, int attempts) {
    }
}
