package ru.mentoring.school.consent;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConsentRepository extends CrudRepository<Consent, UUID> {

    List<Consent> findBySchoolIdAndMenteeIdOrderBySignedOnDesc(String schoolId, UUID menteeId);

    Optional<Consent> findByIdAndSchoolIdForUpdate(UUID id, String schoolId);
}
