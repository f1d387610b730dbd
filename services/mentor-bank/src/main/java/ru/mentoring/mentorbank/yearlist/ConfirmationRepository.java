package ru.mentoring.mentorbank.yearlist;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static ru.mentoring.mentorbank.jooq.Tables.MUNICIPAL_MENTOR_CONFIRMATION;

/** Each municipal mentor's answer for a coming school year: carries on, or steps down. */
@Singleton
class ConfirmationRepository {

    private final DSLContext sql;

    ConfirmationRepository(DSLContext sql) {
        this.sql = sql;
    }

    record Answer(boolean carriesOn, Instant answeredAt) {
    }

    @Transactional(readOnly = true)
    Map<UUID, Answer> answersFor(String year) {
        var c = MUNICIPAL_MENTOR_CONFIRMATION;
        return sql.select(c.MENTOR_ID, c.CARRIES_ON, c.ANSWERED_AT).from(c).where(c.SCHOOL_YEAR.eq(year))
                .fetch().stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> new Answer(r.value2(), r.value3().toInstant())));
    }

    /** The mentor may change their mind until the methodist decides: the later answer counts. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void answer(String year, UUID mentorId, boolean carriesOn, Instant at) {
        var c = MUNICIPAL_MENTOR_CONFIRMATION;
        sql.insertInto(c).set(c.SCHOOL_YEAR, year).set(c.MENTOR_ID, mentorId).set(c.CARRIES_ON, carriesOn)
                .set(c.ANSWERED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(c.SCHOOL_YEAR, c.MENTOR_ID).doUpdate()
                .set(c.CARRIES_ON, carriesOn).set(c.ANSWERED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }
}
