package ru.mentoring.school.mentee;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every read names the school: the filter is explicit, row-level security only backs it up. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MenteeRepository extends CrudRepository<Mentee, UUID> {

    Optional<Mentee> findByIdAndSchoolId(UUID id, String schoolId);

    List<Mentee> findBySchoolIdOrderByFullName(String schoolId);

    List<Mentee> findBySchoolIdAndIdIn(String schoolId, Collection<UUID> ids);

    Optional<Mentee> findByIdAndSchoolIdForUpdate(UUID id, String schoolId);
}
