package ru.mentoring.practices.notification;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationRepository extends GenericRepository<Notification, UUID> {

    Notification save(Notification notification);
}
