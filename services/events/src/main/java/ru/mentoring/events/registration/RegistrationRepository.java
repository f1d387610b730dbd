package ru.mentoring.events.registration;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RegistrationRepository extends CrudRepository<Registration, UUID> {

    /** The person's current place on the list, if they hold one; cancelled rows are history. */
    @Query(value = """
            select * from registration
            where event_id = :eventId and user_subject = :userSubject and status <> 'CANCELLED'""",
            nativeQuery = true)
    Optional<Registration> findLive(UUID eventId, String userSubject);

    /** The longest-waiting person: first come, first promoted. */
    @Query(value = """
            select * from registration
            where event_id = :eventId and status = 'WAITLISTED'
            order by seq limit 1""", nativeQuery = true)
    Optional<Registration> findFirstWaiting(UUID eventId);
}
