package ru.mentoring.school.plan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanTaskRepository extends CrudRepository<PlanTask, UUID> {

    List<PlanTask> findByPairIdAndSchoolIdOrderByPosition(UUID pairId, String schoolId);
}
