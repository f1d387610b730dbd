package ru.mentoring.portal.signin;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginJournalRepository extends CrudRepository<LoginRecord, Long> {

    List<LoginRecord> findBySubjectOrderByLoggedInAtDesc(String subject);
}
