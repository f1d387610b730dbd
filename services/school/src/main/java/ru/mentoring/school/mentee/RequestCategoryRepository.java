package ru.mentoring.school.mentee;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RequestCategoryRepository extends CrudRepository<RequestCategory, RequestCategory.Key> {

    List<RequestCategory> findByKeySchoolIdOrderByTitle(String schoolId);
}
