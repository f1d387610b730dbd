package ru.mentoring.school.oversight;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.UUID;

import static ru.mentoring.school.jooq.Tables.OVERSIGHT_ALERT;

/**
 * The alerts already given. Claiming one is a conditional insert: of any number of runs and instances,
 * exactly one gets to tell the curator about a task overdue since its deadline, a pair silent since a day.
 */
@Singleton
class OversightAlertRepository {

    enum Kind { TASK_OVERDUE, PAIR_SILENT }

    private final DSLContext sql;

    OversightAlertRepository(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean claim(String schoolId, Kind kind, UUID subject, LocalDate since) {
        return sql.insertInto(OVERSIGHT_ALERT).set(OVERSIGHT_ALERT.SCHOOL_ID, schoolId).set(OVERSIGHT_ALERT.KIND, kind.name())
                .set(OVERSIGHT_ALERT.SUBJECT_ID, subject).set(OVERSIGHT_ALERT.SINCE, since)
                .onConflictDoNothing().execute() == 1;
    }
}
