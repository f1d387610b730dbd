package ru.mentoring.mentorbank.request;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import io.micronaut.core.annotation.Nullable;
import org.jooq.Condition;
import org.jooq.Field;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;

import static ru.mentoring.mentorbank.jooq.Tables.MENTOR_REQUEST;

@Singleton
class MentorRequestQueries {

    private final DSLContext sql;

    MentorRequestQueries(DSLContext sql) {
        this.sql = sql;
    }

    /** Schools where the mentor works by an accepted request (as far as the caller's row-level view lets see). */
    @Transactional(readOnly = true)
    List<String> schoolsUsing(UUID mentorId) {
        return sql.selectDistinct(MENTOR_REQUEST.REQUESTING_SCHOOL_ID).from(MENTOR_REQUEST)
                .where(MENTOR_REQUEST.MENTOR_ID.eq(mentorId), MENTOR_REQUEST.STATUS.eq(MentorRequest.Status.ACCEPTED.name()))
                .orderBy(MENTOR_REQUEST.REQUESTING_SCHOOL_ID)
                .fetch(MENTOR_REQUEST.REQUESTING_SCHOOL_ID);
    }

    /** The requests a filter of the history asks for, newest first (row-level security limits them further). */
    @Transactional(readOnly = true)
    List<UUID> search(RequestFilter f) {
        List<Condition> where = new ArrayList<>();
        if (f.status() != null) {
            where.add(MENTOR_REQUEST.STATUS.eq(f.status().name()));
        }
        if (f.decidedOnly()) {
            where.add(MENTOR_REQUEST.STATUS.ne(MentorRequest.Status.PENDING.name()));
        }
        if (f.school() != null) {
            where.add(MENTOR_REQUEST.REQUESTING_SCHOOL_ID.eq(f.school()));
        }
        if (f.mentorIds() != null) {
            where.add(MENTOR_REQUEST.MENTOR_ID.in(f.mentorIds()));
        }
        Field<OffsetDateTime> when = coalesce(MENTOR_REQUEST.DECIDED_AT, MENTOR_REQUEST.CREATED_AT);
        if (f.from() != null) {
            where.add(when.ge(f.from().atStartOfDay(f.zone()).toOffsetDateTime()));
        }
        if (f.to() != null) {
            where.add(when.lt(f.to().plusDays(1).atStartOfDay(f.zone()).toOffsetDateTime()));
        }
        return sql.select(MENTOR_REQUEST.ID).from(MENTOR_REQUEST).where(where)
                .orderBy(when.desc())
                .limit(inline(f.limit()))
                .fetch(MENTOR_REQUEST.ID);
    }

    /**
     * @param decidedOnly the history: every request but the pending ones
     * @param mentorIds   only requests for these mentors (null: any)
     * @param from        first day (of the decision, or of the request while pending), in {@code zone}
     */
    record RequestFilter(@Nullable MentorRequest.Status status, boolean decidedOnly, @Nullable String school,
                         @Nullable Collection<UUID> mentorIds, @Nullable LocalDate from, @Nullable LocalDate to,
                         ZoneId zone, int limit) {
    }

    @Transactional(readOnly = true)
    boolean isAssigned(UUID mentorId, String schoolId) {
        return sql.fetchExists(MENTOR_REQUEST, MENTOR_REQUEST.MENTOR_ID.eq(mentorId),
                MENTOR_REQUEST.REQUESTING_SCHOOL_ID.eq(schoolId),
                MENTOR_REQUEST.STATUS.eq(MentorRequest.Status.ACCEPTED.name()));
    }
}
