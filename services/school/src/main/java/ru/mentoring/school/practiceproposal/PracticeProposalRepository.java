package ru.mentoring.school.practiceproposal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PracticeProposalRepository extends CrudRepository<PracticeProposal, UUID> {

    Optional<PracticeProposal> findByPairIdAndSchoolId(UUID pairId, String schoolId);
}
