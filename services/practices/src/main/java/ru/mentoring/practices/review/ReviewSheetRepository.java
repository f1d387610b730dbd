package ru.mentoring.practices.review;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Row-level security shows sheets to the municipal scope only (methodist, experts). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReviewSheetRepository extends GenericRepository<ReviewSheet, UUID> {

    ReviewSheet save(ReviewSheet sheet);

    ReviewSheet update(ReviewSheet sheet);

    Optional<ReviewSheet> findByVersionIdAndExpert(UUID versionId, String expert);

    List<ReviewSheet> findByVersionIdOrderByExpert(UUID versionId);
}
