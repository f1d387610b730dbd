package ru.mentoring.school.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MenteeAccountRepository extends CrudRepository<MenteeAccount, UUID> {

    Optional<MenteeAccount> findByMenteeIdAndSchoolId(UUID menteeId, String schoolId);

    Optional<MenteeAccount> findByMenteeIdAndSchoolIdForUpdate(UUID menteeId, String schoolId);

    Optional<MenteeAccount> findByAccountKeyAndDisabledAtIsNull(String accountKey);

    Optional<MenteeAccount> findByAccountKey(String accountKey);
}
