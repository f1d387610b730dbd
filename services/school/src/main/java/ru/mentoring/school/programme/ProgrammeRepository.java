package ru.mentoring.school.programme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgrammeRepository extends CrudRepository<Programme, UUID> {

    Optional<Programme> findByIdAndSchoolId(UUID id, String schoolId);

    Optional<Programme> findBySchoolIdAndSchoolYear(String schoolId, String schoolYear);

    List<Programme> findBySchoolIdOrderBySchoolYearDesc(String schoolId);

    boolean existsBySchoolIdAndSchoolYear(String schoolId, String schoolYear);
}
