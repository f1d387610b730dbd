package ru.mentoring.mentorbank.request;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

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

    @Transactional(readOnly = true)
    boolean isAssigned(UUID mentorId, String schoolId) {
        return sql.fetchExists(MENTOR_REQUEST, MENTOR_REQUEST.MENTOR_ID.eq(mentorId),
                MENTOR_REQUEST.REQUESTING_SCHOOL_ID.eq(schoolId),
                MENTOR_REQUEST.STATUS.eq(MentorRequest.Status.ACCEPTED.name()));
    }
}
