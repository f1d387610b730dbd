package ru.mentoring.practices.rating;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;
import static ru.mentoring.practices.jooq.Tables.PRACTICE_RATING;

@Singleton
class RatingQueries {

    private final DSLContext sql;

    RatingQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    Map<UUID, RatingSummary> summaries(Collection<UUID> practiceIds) {
        var r = PRACTICE_RATING;
        Map<UUID, RatingSummary> result = new HashMap<>();
        if (practiceIds.isEmpty()) {
            return result;
        }
        sql.select(r.PRACTICE_ID, avg(r.STARS), count())
                .from(r).where(r.PRACTICE_ID.in(practiceIds))
                .groupBy(r.PRACTICE_ID)
                .forEach(row -> result.put(row.value1(),
                        new RatingSummary(Math.round(row.value2().doubleValue() * 10) / 10.0, row.value3())));
        return result;
    }

    @Transactional(readOnly = true)
    Optional<Integer> starsOf(UUID practiceId, String rater) {
        var r = PRACTICE_RATING;
        return sql.select(r.STARS).from(r).where(r.PRACTICE_ID.eq(practiceId)).and(r.RATER.eq(rater)).fetchOptional(r.STARS);
    }
}
