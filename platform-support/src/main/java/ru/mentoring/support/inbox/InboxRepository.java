package ru.mentoring.support.inbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InboxRepository extends GenericRepository<InboxEntry, UUID> {

    @Query(value = """
            insert into inbox (consumer, event_id, event_type) values (:consumer, :eventId, :eventType)
            on conflict do nothing""", nativeQuery = true)
    int remember(String consumer, UUID eventId, String eventType);
}
