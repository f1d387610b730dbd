package ru.mentoring.practices.file;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PracticeFileRepository extends GenericRepository<PracticeFile, UUID> {

    PracticeFile save(PracticeFile file);

    Optional<PracticeFile> findByIdAndPracticeId(UUID id, UUID practiceId);

    List<PracticeFile> findByVersionIdOrderByUploadedAt(UUID versionId);

    long countByVersionId(UUID versionId);

    void deleteById(UUID id);
}
