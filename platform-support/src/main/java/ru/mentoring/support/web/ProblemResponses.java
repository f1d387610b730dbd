package ru.mentoring.support.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/** A problem+json answer built outside the exception machinery (filters, handlers of our own). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status)
                .body(new Problem("about:blank", ProblemBodyProvider.title(status.getCode()), status.getCode(), detail,
                        List.of()))
                .contentType(ProblemBodyProvider.PROBLEM_JSON);
    }

    /** 503 with the time after which a retry makes sense, for outages that pass by themselves. */
    public static MutableHttpResponse<Problem> unavailable(String detail, int retryAfterSeconds) {
        return of(HttpStatus.SERVICE_UNAVAILABLE, detail).header("Retry-After", Integer.toString(retryAfterSeconds));
    }
}
