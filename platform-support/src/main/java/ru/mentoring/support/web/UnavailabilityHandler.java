package ru.mentoring.support.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * While PostgreSQL (or another server a request needs) is briefly away, the answer is 503 with
 * {@code Retry-After}, not 500: the request changed nothing and may simply be sent again. Every other
 * unexpected error stays a 500 without its exception text.
 */
@Singleton
@Produces
@Requires(classes = ExceptionHandler.class)
class UnavailabilityHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnavailabilityHandler.class);
    static final int RETRY_AFTER_SECONDS = 5;

    private final ErrorResponseProcessor<?> errors;

    UnavailabilityHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (isOutage(exception)) {
            LOG.warn("{} {}: a server it needs is unreachable: {}", request.getMethod(), request.getPath(),
                    exception.toString());
            return ProblemResponses.unavailable("Сервис временно недоступен: база данных не отвечает. "
                    + "Изменения не сохранены. Повторите попытку через несколько секунд.", RETRY_AFTER_SECONDS);
        }
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), exception);
        return errors.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
    }

    /**
     * A connection that could not be had or was lost: SQLState class 08, the server shutting down (57P0x),
     * or a pooled connection the crash closed under the transaction ("Connection is closed", which Micronaut
     * Data reports as a {@code ConnectionException}).
     */
    static boolean isOutage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.micronaut.data.connection.exceptions.ConnectionException) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }
}
