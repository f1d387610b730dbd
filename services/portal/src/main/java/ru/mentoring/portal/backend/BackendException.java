package ru.mentoring.portal.backend;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A backend service did not do what a page asked. The kinds decide what the user sees: a sign-in
 * again, «Недостаточно прав», the service's own Russian explanation, or «Сервис временно недоступен».
 */
public abstract sealed class BackendException extends RuntimeException {

    private final String service;

    BackendException(String service, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    /** The Russian name of the service, for the error block. */
    public String service() {
        return service;
    }

    /** Down, unreachable, too slow or answering 5xx. */
    public static final class Unavailable extends BackendException {
        public Unavailable(String service, String message, @Nullable Throwable cause) {
            super(service, message, cause);
        }
    }

    /** 401: the user's access token expired or was revoked. */
    public static final class Unauthorized extends BackendException {
        public Unauthorized(String service) {
            super(service, "the service refused the user's token", null);
        }
    }

    /** 403: signed in, but the role or school does not allow it. */
    public static final class Forbidden extends BackendException {
        public Forbidden(String service) {
            super(service, "the service refused the action for this user", null);
        }
    }

    /** 400/404/409/422 with a problem+json body: the service explains in Russian what to fix. */
    public static final class Rejected extends BackendException {
        private final int status;
        private final BackendProblem problem;

        public Rejected(String service, int status, BackendProblem problem) {
            super(service, "the service rejected the request with " + status, null);
            this.status = status;
            this.problem = problem;
        }

        public int status() {
            return status;
        }

        public BackendProblem problem() {
            return problem;
        }

        public List<BackendProblem.FieldError> errors() {
            return problem.errors() == null ? List.of()
                    : problem.errors().stream().map(BackendProblem.FieldError::normalised).toList();
        }
    }
}
