package ru.mentoring.mentorbank.network;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.UUID;

import static ru.mentoring.mentorbank.jooq.Tables.NETWORK_POOL;

/** A project's shared pool of mentors. */
@Singleton
class NetworkPoolRepository {

    private final DSLContext sql;

    NetworkPoolRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** @return false when the mentor was already in the pool */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean add(UUID projectId, UUID mentorId) {
        return sql.insertInto(NETWORK_POOL).set(NETWORK_POOL.PROJECT_ID, projectId).set(NETWORK_POOL.MENTOR_ID, mentorId)
                .onConflictDoNothing().execute() == 1;
    }

    /** @return false when the mentor was not in the pool */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean remove(UUID projectId, UUID mentorId) {
        return sql.deleteFrom(NETWORK_POOL)
                .where(NETWORK_POOL.PROJECT_ID.eq(projectId), NETWORK_POOL.MENTOR_ID.eq(mentorId))
                .execute() == 1;
    }
}
