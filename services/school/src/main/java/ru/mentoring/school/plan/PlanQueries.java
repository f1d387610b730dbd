package ru.mentoring.school.plan;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;
import static ru.mentoring.school.jooq.Tables.PLAN_TASK;

/** Plans' progress for boards and lists, and the tasks that fell overdue. */
@Singleton
class PlanQueries {

    private final DSLContext sql;

    PlanQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    Map<UUID, PlanProgress> progress(String schoolId, Collection<UUID> pairIds, LocalDate today) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        var t = PLAN_TASK;
        Map<UUID, PlanProgress> progress = new HashMap<>();
        sql.select(t.PAIR_ID, count(), count(t.DONE_ON),
                        count().filterWhere(t.DONE_ON.isNull().and(t.DUE_ON.lt(today))),
                        min(t.DUE_ON).filterWhere(t.DONE_ON.isNull()))
                .from(t).where(t.SCHOOL_ID.eq(schoolId), t.PAIR_ID.in(pairIds)).groupBy(t.PAIR_ID)
                .forEach(r -> progress.put(r.value1(), new PlanProgress(r.value3(), r.value2(), r.value4(), r.value5())));
        return progress;
    }

    /** Open tasks whose deadline passed, in every school (the caller is bound to the system scope). */
    @Transactional(readOnly = true)
    List<OverdueTask> overdue(LocalDate today) {
        var t = PLAN_TASK;
        return sql.select(t.ID, t.SCHOOL_ID, t.PAIR_ID, t.TITLE, t.DUE_ON).from(t)
                .where(t.DONE_ON.isNull(), t.DUE_ON.lt(today)).orderBy(t.DUE_ON)
                .fetch(r -> new OverdueTask(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
