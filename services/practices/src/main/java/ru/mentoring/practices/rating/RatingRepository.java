package ru.mentoring.practices.rating;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static ru.mentoring.practices.jooq.Tables.PRACTICE_RATING;

/** One rating per person and practice: rating again replaces the stars (a typed upsert, safe under double clicks). */
@Singleton
class RatingRepository {

    private final DSLContext sql;

    RatingRepository(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void upsert(UUID practiceId, String rater, int stars, Instant at) {
        var r = PRACTICE_RATING;
        var when = at.atOffset(ZoneOffset.UTC);
        sql.insertInto(r)
                .set(r.ID, UUID.randomUUID())
                .set(r.PRACTICE_ID, practiceId)
                .set(r.RATER, rater)
                .set(r.STARS, stars)
                .set(r.CREATED_AT, when)
                .set(r.UPDATED_AT, when)
                .onConflict(r.PRACTICE_ID, r.RATER)
                .doUpdate()
                .set(r.STARS, stars)
                .set(r.UPDATED_AT, when)
                .execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    int delete(UUID practiceId, String rater) {
        var r = PRACTICE_RATING;
        return sql.deleteFrom(r).where(r.PRACTICE_ID.eq(practiceId)).and(r.RATER.eq(rater)).execute();
    }
}
