package ru.mentoring.support.tx;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * A transaction around a piece of work, for the few places where its boundary is not a whole method
 * (e.g. call Keycloak first, then change the database). Keeps JDBC types out of feature code.
 */
@Singleton
public class Transactions {

    private final TransactionOperations<Connection> operations;

    Transactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    public <T> T write(Supplier<T> work) {
        return operations.executeWrite(status -> work.get());
    }

    public void write(Runnable work) {
        operations.executeWrite(status -> {
            work.run();
            return null;
        });
    }

    public <T> T read(Supplier<T> work) {
        return operations.executeRead(status -> work.get());
    }
}
