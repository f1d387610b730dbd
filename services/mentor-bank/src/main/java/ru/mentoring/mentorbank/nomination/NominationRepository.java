package ru.mentoring.mentorbank.nomination;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Row-level security limits what a curator's school sees; the methodist (municipal scope) sees all. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NominationRepository extends CrudRepository<Nomination, UUID> {

    List<Nomination> findAllOrderByCreatedAtDesc();

    List<Nomination> findBySchoolIdOrderByCreatedAtDesc(String schoolId);

    /** Locks the nomination: two methodists deciding at once cannot both apply. */
    Optional<Nomination> findByIdForUpdate(UUID id);
}
