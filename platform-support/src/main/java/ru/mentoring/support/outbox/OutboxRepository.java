package ru.mentoring.support.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends GenericRepository<OutboxMessage, UUID> {

    OutboxMessage save(OutboxMessage message);

    /** Oldest first; rows another relay holds are skipped rather than waited for. */
    @Query(value = """
            select id, aggregatetype, aggregateid, type, version, topic, payload::text as payload
            from outbox where published_at is null
            order by seq limit :limit for update skip locked""", nativeQuery = true)
    List<OutboxMessage> lockPending(int limit);

    @Query(value = "update outbox set published_at = now(), attempts = attempts + 1 where id in (:ids)",
            nativeQuery = true)
    void markPublished(List<UUID> ids);

    @Query(value = "update outbox set attempts = attempts + 1, last_error = :error where id = :id",
            nativeQuery = true)
    void markFailed(UUID id, String error);

    @Query(value = "select count(*) from outbox where published_at is null", nativeQuery = true)
    long countPending();
}
