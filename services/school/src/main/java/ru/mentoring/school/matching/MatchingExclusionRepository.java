package ru.mentoring.school.matching;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MatchingExclusionRepository extends CrudRepository<MatchingExclusion, MatchingExclusion.Key> {

    List<MatchingExclusion> findBySchoolIdAndKeyMenteeIdIn(String schoolId, Collection<java.util.UUID> menteeIds);
}
