package ru.mentoring.practices.practice;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PracticeVersionRepository extends GenericRepository<PracticeVersion, UUID> {

    PracticeVersion save(PracticeVersion version);

    PracticeVersion update(PracticeVersion version);

    Optional<PracticeVersion> findById(UUID id);

    Optional<PracticeVersion> findByPracticeIdAndNumber(UUID practiceId, int number);

    Optional<PracticeVersion> findByPracticeIdAndStatusInList(UUID practiceId, Collection<VersionStatus> statuses);

    List<PracticeVersion> findByPracticeIdOrderByNumber(UUID practiceId);
}
