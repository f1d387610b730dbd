package ru.mentoring.mentorbank.request;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Row-level security shows a school its own requests, a mentor those addressed to them, the methodist all. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MentorRequestRepository extends CrudRepository<MentorRequest, UUID> {

    List<MentorRequest> findAllOrderByCreatedAtDesc();

    List<MentorRequest> findByRequestingSchoolIdOrderByCreatedAtDesc(String schoolId);

    List<MentorRequest> findByMentorIdOrderByCreatedAtDesc(UUID mentorId);

    List<MentorRequest> findByIdIn(List<UUID> ids);

    /** Locks the request so that two decisions on it cannot both apply. */
    Optional<MentorRequest> findByIdForUpdate(UUID id);
}
