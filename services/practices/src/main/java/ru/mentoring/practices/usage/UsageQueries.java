package ru.mentoring.practices.usage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

import static ru.mentoring.practices.jooq.Tables.PRACTICE_USE;

@Singleton
class UsageQueries {

    private final DSLContext sql;

    UsageQueries(DSLContext sql) {
        this.sql = sql;
    }

    /** The schools with at least one plan task (or their curator's mark) linking the practice. */
    @Transactional(readOnly = true)
    List<String> schoolsUsing(UUID practiceId) {
        var u = PRACTICE_USE;
        return sql.selectDistinct(u.SCHOOL_ID).from(u)
                .where(u.PRACTICE_ID.eq(practiceId)).and(u.LINKED.isTrue())
                .orderBy(u.SCHOOL_ID)
                .fetch(u.SCHOOL_ID);
    }
}
