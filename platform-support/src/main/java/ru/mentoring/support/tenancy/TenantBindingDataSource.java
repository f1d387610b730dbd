package ru.mentoring.support.tenancy;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * Every connection the service is handed carries the current tenant ({@link Tenancy#current()}) in
 * the session settings PostgreSQL row-level security reads: {@code app.school_id}, {@code app.scope}
 * and {@code app.email}. Set on every hand-out, before any transaction begins, so a connection
 * returned to the pool by one school never serves the next school with the old setting, and a
 * rollback cannot undo the binding. Work bound to no tenant sees no school-scoped row.
 */
@Singleton
class TenantBindingDataSource implements BeanCreatedEventListener<DataSource>, Ordered {

    static final String BIND = "select set_config('app.school_id', ?, false), set_config('app.scope', ?, false), "
            + "set_config('app.email', ?, false)";

    /**
     * First, so it wraps the pool itself: Micronaut Data's contextual wrapper must sit outside it and
     * its transaction manager must, when it unwraps that wrapper, still reach the binding.
     */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource created = event.getBean();
        return created instanceof Binding ? created : new Binding(created);
    }

    static final class Binding implements DataSource {
        private final DataSource delegate;

        Binding(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return bound(delegate.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return bound(delegate.getConnection(username, password));
        }

        private static Connection bound(Connection connection) throws SQLException {
            Tenant tenant = Tenancy.current();
            try (PreparedStatement statement = connection.prepareStatement(BIND)) {
                statement.setString(1, tenant.schoolId());
                statement.setString(2, tenant.scope().name().toLowerCase(java.util.Locale.ROOT));
                statement.setString(3, tenant.email());
                statement.execute();
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || delegate.isWrapperFor(type);
        }
    }
}
