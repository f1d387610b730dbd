package ru.mentoring.school.meeting;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MeetingRepository extends CrudRepository<Meeting, UUID> {

    List<Meeting> findByPairIdAndSchoolId(UUID pairId, String schoolId);

    Optional<Meeting> findByIdAndPairIdAndSchoolId(UUID id, UUID pairId, String schoolId);

    boolean existsByPairIdAndKind(UUID pairId, MeetingKind kind);
}
