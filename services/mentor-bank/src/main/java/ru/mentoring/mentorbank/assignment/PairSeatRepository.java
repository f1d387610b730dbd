package ru.mentoring.mentorbank.assignment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PairSeatRepository extends CrudRepository<PairSeat, UUID> {

    Optional<PairSeat> findByPairIdForUpdate(UUID pairId);
}
