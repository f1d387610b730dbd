package ru.mentoring.support.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/** A request that is well-formed but breaks a rule of the domain; the message is shown to the user. */
public class BusinessRuleException extends HttpStatusException {

    public BusinessRuleException(String russianMessage) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, russianMessage);
    }

    public static BusinessRuleException conflict(String russianMessage) {
        return new Conflict(russianMessage);
    }

    public static HttpStatusException notFound(String russianMessage) {
        return new HttpStatusException(HttpStatus.NOT_FOUND, russianMessage);
    }

    private static final class Conflict extends BusinessRuleException {
        Conflict(String message) {
            super(message);
        }

        @Override
        public HttpStatus getStatus() {
            return HttpStatus.CONFLICT;
        }
    }
}
