package ru.mentoring.practices.practice;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/** Row-level security decides which practices the connection sees at all; the service decides the rest. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PracticeRepository extends GenericRepository<Practice, UUID> {

    Practice save(Practice practice);

    Practice update(Practice practice);

    Optional<Practice> findById(UUID id);

    /** Two reviewers or two authors acting at once are ordered by this lock on the practice. */
    Optional<Practice> findByIdForUpdate(UUID id);

    Optional<Practice> findByProposalId(UUID proposalId);
}
