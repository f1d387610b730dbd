package ru.mentoring.school.completion;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TerminationReasonRepository extends CrudRepository<TerminationReason, TerminationReason.Key> {

    List<TerminationReason> findByKeySchoolIdOrderByPosition(String schoolId);
}
