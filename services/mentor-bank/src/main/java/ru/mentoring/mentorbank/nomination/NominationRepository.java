package ru.mentoring.mentorbank.nomination;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NominationRepository extends CrudRepository<Nomination, UUID> {

    List<Nomination> findAllOrderByCreatedAtDesc();

    List<Nomination> findByStatusOrderByCreatedAt(Nomination.Status status);

    List<Nomination> findBySchoolIdOrderByCreatedAtDesc(String schoolId);

    @Query(value = "select * from nomination where id = :id for update", nativeQuery = true)
    Optional<Nomination> lock(UUID id);

    @Query(value = "update mentor set account_username = :username where id = :mentorId", nativeQuery = true)
    void linkAccount(UUID mentorId, String username);

    @Query(value = "select account_username from mentor where id = :mentorId", nativeQuery = true)
    Optional<String> accountOf(UUID mentorId);
}
