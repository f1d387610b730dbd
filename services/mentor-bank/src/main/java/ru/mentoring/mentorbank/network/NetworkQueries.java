package ru.mentoring.mentorbank.network;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static ru.mentoring.mentorbank.jooq.Tables.NETWORK_AGREEMENT;
import static ru.mentoring.mentorbank.jooq.Tables.NETWORK_POOL;
import static ru.mentoring.mentorbank.jooq.Tables.NETWORK_PROJECT;

@Singleton
class NetworkQueries {

    private final DSLContext sql;

    NetworkQueries(DSLContext sql) {
        this.sql = sql;
    }

    /** The lead school and every school whose agreement is still valid on the given day. */
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<String> members(UUID projectId, LocalDate on) {
        return sql.select(NETWORK_PROJECT.LEAD_SCHOOL_ID.as("school_id")).from(NETWORK_PROJECT)
                .where(NETWORK_PROJECT.ID.eq(projectId))
                .union(sql.select(NETWORK_AGREEMENT.SCHOOL_ID).from(NETWORK_AGREEMENT)
                        .where(NETWORK_AGREEMENT.PROJECT_ID.eq(projectId), NETWORK_AGREEMENT.VALID_TO.ge(on)))
                .orderBy(1)
                .fetch(0, String.class);
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
