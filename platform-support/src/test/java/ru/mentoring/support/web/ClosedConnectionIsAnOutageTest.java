package ru.mentoring.support.web;

import io.micronaut.data.connection.exceptions.ConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A pooled connection that PostgreSQL's crash closed under a transaction is an outage (503), not a 500. */
class ClosedConnectionIsAnOutageTest {

    @Test
    void aConnectionClosedByACrashIsAnOutage() {
        var closed = new ConnectionException("Could not set JDBC Connection read-only: Connection is closed",
                new SQLException("Connection is closed"));
        assertThat(UnavailabilityHandler.isOutage(new RuntimeException(closed))).isTrue();
    }

    @Test
    void aRefusedStatementIsNot() {
        assertThat(UnavailabilityHandler.isOutage(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
    }
}
