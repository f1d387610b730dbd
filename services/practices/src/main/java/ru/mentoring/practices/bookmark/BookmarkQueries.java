package ru.mentoring.practices.bookmark;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

import static ru.mentoring.practices.jooq.Tables.BOOKMARK;

@Singleton
class BookmarkQueries {

    private final DSLContext sql;

    BookmarkQueries(DSLContext sql) {
        this.sql = sql;
    }

    /** The practices in a person's collection, most recently added first. */
    @Transactional(readOnly = true)
    List<UUID> of(String owner) {
        var b = BOOKMARK;
        return sql.select(b.PRACTICE_ID).from(b).where(b.OWNER.eq(owner)).orderBy(b.CREATED_AT.desc()).limit(1000)
                .fetch(b.PRACTICE_ID);
    }

    @Transactional(readOnly = true)
    boolean has(String owner, UUID practiceId) {
        var b = BOOKMARK;
        return sql.fetchExists(b, b.OWNER.eq(owner).and(b.PRACTICE_ID.eq(practiceId)));
    }
}
