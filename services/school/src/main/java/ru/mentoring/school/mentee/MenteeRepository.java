package ru.mentoring.school.mentee;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every read names the school: the filter is explicit, row-level security only backs it up. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MenteeRepository extends GenericRepository<Mentee, UUID> {

    Mentee save(Mentee mentee);

    Optional<Mentee> findByIdAndSchoolId(UUID id, String schoolId);

    List<Mentee> findBySchoolIdOrderByFullName(String schoolId);
}
