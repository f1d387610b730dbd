package ru.mentoring.practices.search;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.util.UUID;

import static ru.mentoring.practices.jooq.Tables.SEARCH_CLOCK;
import static ru.mentoring.practices.jooq.Tables.SEARCH_FEED;

/**
 * Stamps a changed practice with the next revision of the one-row clock, inside the changing
 * transaction. The clock row stays locked until that transaction ends, so revisions commit in order
 * and a replica that read the feed up to N can never later find a smaller revision appear (ADR 0011).
 */
@Singleton
class SearchFeedRepository {

    private final DSLContext sql;
    private final TransactionOperations<Connection> transactions;

    SearchFeedRepository(DSLContext sql, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    long stamp(UUID practiceId) {
        var c = SEARCH_CLOCK;
        long revision = sql.update(c).set(c.REVISION, c.REVISION.plus(1)).where(c.ID.eq(1))
                .returning(c.REVISION).fetchOne(c.REVISION);
        var f = SEARCH_FEED;
        sql.insertInto(f).set(f.PRACTICE_ID, practiceId).set(f.REVISION, revision)
                .onConflict(f.PRACTICE_ID).doUpdate().set(f.REVISION, revision)
                .execute();
        return revision;
    }

    /** Runs once the current transaction has committed (and never if it rolls back). */
    void afterCommit(Runnable work) {
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        }));
    }
}
