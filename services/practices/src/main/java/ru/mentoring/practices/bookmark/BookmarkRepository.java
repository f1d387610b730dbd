package ru.mentoring.practices.bookmark;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static ru.mentoring.practices.jooq.Tables.BOOKMARK;

/** A person's collection: adding twice keeps one bookmark. */
@Singleton
class BookmarkRepository {

    private final DSLContext sql;

    BookmarkRepository(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void add(String owner, UUID practiceId, Instant at) {
        var b = BOOKMARK;
        sql.insertInto(b).set(b.ID, UUID.randomUUID()).set(b.OWNER, owner).set(b.PRACTICE_ID, practiceId)
                .set(b.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflict(b.OWNER, b.PRACTICE_ID).doNothing()
                .execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void remove(String owner, UUID practiceId) {
        var b = BOOKMARK;
        sql.deleteFrom(b).where(b.OWNER.eq(owner)).and(b.PRACTICE_ID.eq(practiceId)).execute();
    }
}
