package ru.mentoring.support.tenancy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs work in a transaction bound to one school. Besides the explicit school filter in every
 * repository query, PostgreSQL row-level security reads {@code app.school_id}, set here
 * transaction-locally, as the backstop for native SQL and jOOQ: without it a policy sees no rows.
 */
@Singleton
public class SchoolScope {

    private final TransactionOperations<Connection> transactions;

    SchoolScope(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> T inSchool(String schoolId, Supplier<T> work) {
        return transactions.executeWrite(status -> {
            bind(status.getConnection(), schoolId);
            return work.get();
        });
    }

    public <T> T readInSchool(String schoolId, Supplier<T> work) {
        return transactions.executeRead(status -> {
            bind(status.getConnection(), schoolId);
            return work.get();
        });
    }

    private static void bind(Connection connection, String schoolId) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.school_id', ?, true)")) {
            statement.setString(1, schoolId);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not bind the transaction to school " + schoolId, e);
        }
    }
}
