package ru.mentoring.practices.usage;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static ru.mentoring.practices.jooq.Tables.PRACTICE_USE;

/**
 * One row per school and plan task (or the curator's own mark): a later statement replaces an earlier
 * one, an older one arriving late changes nothing.
 */
@Singleton
class UsageRepository {

    private final DSLContext sql;

    UsageRepository(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void record(UUID practiceId, String schoolId, String taskRef, boolean linked, Instant at) {
        var u = PRACTICE_USE;
        var when = at.atOffset(ZoneOffset.UTC);
        sql.insertInto(u)
                .set(u.ID, UUID.randomUUID())
                .set(u.PRACTICE_ID, practiceId)
                .set(u.SCHOOL_ID, schoolId)
                .set(u.TASK_REF, taskRef)
                .set(u.LINKED, linked)
                .set(u.CHANGED_AT, when)
                .onConflict(u.SCHOOL_ID, u.TASK_REF)
                .doUpdate()
                .set(u.PRACTICE_ID, practiceId)
                .set(u.LINKED, linked)
                .set(u.CHANGED_AT, when)
                .where(u.CHANGED_AT.le(when))
                .execute();
    }
}
