package ru.mentoring.practices.search;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

import static ru.mentoring.practices.jooq.Tables.SEARCH_CLOCK;
import static ru.mentoring.practices.jooq.Tables.SEARCH_FEED;

@Singleton
class SearchFeedQueries {

    private final DSLContext sql;

    SearchFeedQueries(DSLContext sql) {
        this.sql = sql;
    }

    record Entry(UUID practiceId, long revision) {
    }

    /** Practices changed after the given revision, in revision order. */
    @Transactional(readOnly = true)
    List<Entry> since(long revision, int limit) {
        var f = SEARCH_FEED;
        return sql.select(f.PRACTICE_ID, f.REVISION).from(f)
                .where(f.REVISION.gt(revision))
                .orderBy(f.REVISION)
                .limit(limit)
                .fetch(r -> new Entry(r.value1(), r.value2()));
    }

    @Transactional(readOnly = true)
    long latest() {
        var c = SEARCH_CLOCK;
        return sql.select(c.REVISION).from(c).where(c.ID.eq(1)).fetchOptional(c.REVISION).orElse(0L);
    }
}
