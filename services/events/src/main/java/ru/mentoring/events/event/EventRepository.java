package ru.mentoring.events.event;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface EventRepository extends CrudRepository<Event, UUID> {

    List<Event> findAllOrderByStartsAt();

    /**
     * Locks the event row for the rest of the transaction: every change to one event's list
     * queues behind it, so two people can never both take its last seat.
     */
    @Query(value = "select * from event where id = :id for update", nativeQuery = true)
    Optional<Event> lockById(UUID id);

    @Query(value = "update event set registered = registered + :delta, updated_at = now() where id = :id",
            nativeQuery = true)
    void changeRegistered(UUID id, int delta);
}
