package ru.mentoring.school.programme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoadmapItemRepository extends CrudRepository<RoadmapItem, UUID> {

    List<RoadmapItem> findByProgrammeId(UUID programmeId);

    Optional<RoadmapItem> findByIdAndProgrammeId(UUID id, UUID programmeId);
}
