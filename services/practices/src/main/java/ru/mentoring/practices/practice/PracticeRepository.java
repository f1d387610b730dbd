package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Visibility lives in the queries themselves: a row the caller may not see is never read.
 * {@code seeAll} is for reviewers; {@code schoolId} is a curator's own school, or null.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PracticeRepository extends CrudRepository<Practice, UUID> {

    String COLUMNS = """
            id, school_id, title, summary, form, competencies, year, status, rejection_reason,
            submitted_by, reviewed_by, reviewed_at, created_at, updated_at""";

    String VISIBLE = "(status = 'PUBLISHED' or :seeAll or school_id = :schoolId)";

    @Query(value = "select " + COLUMNS + " from practice where id = :id and " + VISIBLE, nativeQuery = true)
    Optional<Practice> findVisible(UUID id, boolean seeAll, @Nullable String schoolId);

    /** A review locks the row, so two reviewers cannot both decide (and publish twice). */
    @Query(value = "select " + COLUMNS + " from practice where id = :id for update", nativeQuery = true)
    Optional<Practice> lockById(UUID id);

    @Query(value = "select " + COLUMNS + " from practice where " + VISIBLE
            + " order by created_at desc limit 500", nativeQuery = true)
    List<Practice> listVisible(boolean seeAll, @Nullable String schoolId);

    /** Folded to lower case exactly as the stored vector is (see V2__add_practice_search.sql). */
    String QUERY = "websearch_to_tsquery('russian', lower(cast(:q as text) collate \"und-x-icu\"))";

    /** {@code websearch_to_tsquery} accepts what people type («наставник -вуз», "точная фраза") without syntax errors. */
    @Query(value = "select " + COLUMNS + " from practice where search @@ " + QUERY + " and " + VISIBLE
            + " order by ts_rank(search, " + QUERY + ") desc, created_at desc limit 500", nativeQuery = true)
    List<Practice> searchVisible(String q, boolean seeAll, @Nullable String schoolId);
}
