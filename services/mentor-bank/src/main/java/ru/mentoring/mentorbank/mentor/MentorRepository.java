package ru.mentoring.mentorbank.mentor;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads and saves the mentor aggregate; partial changes that raise the revision are in {@link MentorStateRepository}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MentorRepository extends CrudRepository<Mentor, UUID> {

    List<Mentor> findAllOrderByFullName();

    List<Mentor> findByIdIn(List<UUID> ids);

    /** Locks the row for the rest of the transaction: an edit never overwrites a seat taken meanwhile. */
    Optional<Mentor> findByIdForUpdate(UUID id);
}
