package ru.mentoring.mentorbank.network;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

import static ru.mentoring.mentorbank.jooq.Tables.NETWORK_POOL;

@Singleton
class NetworkQueries {

    private final DSLContext sql;

    NetworkQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<UUID> projectsOf(UUID mentorId) {
        return sql.select(NETWORK_POOL.PROJECT_ID).from(NETWORK_POOL)
                .where(NETWORK_POOL.MENTOR_ID.eq(mentorId))
                .orderBy(NETWORK_POOL.PROJECT_ID)
                .fetch(NETWORK_POOL.PROJECT_ID);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<UUID> poolOf(UUID projectId) {
        return sql.select(NETWORK_POOL.MENTOR_ID).from(NETWORK_POOL)
                .where(NETWORK_POOL.PROJECT_ID.eq(projectId))
                .orderBy(NETWORK_POOL.ADDED_AT)
                .fetch(NETWORK_POOL.MENTOR_ID);
    }
}
