package ru.mentoring.school.matching;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MatchingWeightsRepository extends CrudRepository<MatchingWeights, String> {
}
