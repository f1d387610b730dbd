package ru.mentoring.school.completion;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssessmentRepository extends CrudRepository<Assessment, Assessment.Key> {

    List<Assessment> findBySchoolIdAndKeyPairIdIn(String schoolId, Collection<UUID> pairIds);
}
