package ru.mentoring.school.notice;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CuratorNoticeRepository extends CrudRepository<CuratorNotice, UUID> {

    List<CuratorNotice> findTop100BySchoolIdOrderByCreatedAtDesc(String schoolId);

    Optional<CuratorNotice> findByIdAndSchoolId(UUID id, String schoolId);

    long countBySchoolIdAndReadAtIsNull(String schoolId);
}
