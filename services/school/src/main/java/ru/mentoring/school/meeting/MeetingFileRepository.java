package ru.mentoring.school.meeting;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MeetingFileRepository extends CrudRepository<MeetingFile, UUID> {

    Optional<MeetingFile> findByIdAndPairIdAndSchoolId(UUID id, UUID pairId, String schoolId);

    long countByMeetingId(UUID meetingId);
}
