package ru.mentoring.school.mentee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.jooq.impl.DSL.lower;
import static ru.mentoring.school.jooq.Tables.MENTEE;

/** The base as the curator filters it: by status, kind, request category and text. */
@Singleton
class MenteeQueries {

    private final DSLContext sql;

    MenteeQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<UUID> ids(String schoolId, @Nullable MenteeStatus status, @Nullable MenteeKind kind,
                   @Nullable String category, @Nullable String text) {
        List<Condition> where = new ArrayList<>();
        where.add(MENTEE.SCHOOL_ID.eq(schoolId));
        where.add(status == null ? MENTEE.STATUS.ne(MenteeStatus.ARCHIVED.name()) : MENTEE.STATUS.eq(status.name()));
        if (kind != null) {
            where.add(MENTEE.KIND.eq(kind.name()));
        }
        if (category != null) {
            where.add(MENTEE.REQUEST_CATEGORY.eq(category));
        }
        if (text != null && !text.isBlank()) {
            String like = text.strip().toLowerCase(Locale.ROOT);
            where.add(lower(MENTEE.FULL_NAME).contains(like).or(lower(MENTEE.REQUEST).contains(like))
                    .or(lower(MENTEE.GRADE).contains(like)).or(lower(MENTEE.SUBJECT).contains(like)));
        }
        return sql.select(MENTEE.ID).from(MENTEE).where(where).orderBy(MENTEE.FULL_NAME).limit(2000).fetch(MENTEE.ID);
    }
}
