package ru.mentoring.mentorbank.mentor;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MentorRepository extends CrudRepository<Mentor, UUID> {

    List<Mentor> findAllOrderByFullName();
}
