package ru.mentoring.mentorbank.network;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.support.sql.FixedShapeStatement;

import java.util.List;
import java.util.UUID;

import static org.jooq.impl.DSL.param;
import static ru.mentoring.mentorbank.jooq.Tables.NETWORK_POOL;

@Singleton
class NetworkQueries {

    private final DSLContext sql;
    /** Read on every change of every mentor (its audience goes out with it), so rendered once (ADR 0029). */
    private final FixedShapeStatement projectsOf;

    NetworkQueries(DSLContext sql) {
        this.sql = sql;
        this.projectsOf = FixedShapeStatement.of(sql, sql.select(NETWORK_POOL.PROJECT_ID).from(NETWORK_POOL)
                .where(NETWORK_POOL.MENTOR_ID.eq(param("mentorId", UUID.class)))
                .orderBy(NETWORK_POOL.PROJECT_ID), "mentorId");
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<UUID> projectsOf(UUID mentorId) {
        return projectsOf.fetch(row -> row.getObject(1, UUID.class), mentorId);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    List<UUID> poolOf(UUID projectId) {
        return sql.select(NETWORK_POOL.MENTOR_ID).from(NETWORK_POOL)
                .where(NETWORK_POOL.PROJECT_ID.eq(projectId))
                .orderBy(NETWORK_POOL.ADDED_AT)
                .fetch(NETWORK_POOL.MENTOR_ID);
    }
}
