package ru.mentoring.school.pair;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Row-level security shows a school its pairs and a mentor the pairs they lead, wherever they are. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PairRepository extends CrudRepository<Pair, UUID> {

    Optional<Pair> findByIdAndSchoolId(UUID id, String schoolId);

    Optional<Pair> findByIdForUpdate(UUID id);

    List<Pair> findBySchoolIdOrderByCreatedAtDesc(String schoolId);

    List<Pair> findByMentorAccountKeyOrderByCreatedAtDesc(String accountKey);

    List<Pair> findByStatus(ru.mentoring.model.pair.PairStatus status);
}
