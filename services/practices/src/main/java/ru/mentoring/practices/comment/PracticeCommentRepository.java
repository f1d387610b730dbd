package ru.mentoring.practices.comment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PracticeCommentRepository extends GenericRepository<PracticeComment, UUID> {

    PracticeComment save(PracticeComment comment);

    List<PracticeComment> findByPracticeIdOrderByCreatedAt(UUID practiceId);

    long countByPracticeId(UUID practiceId);
}
