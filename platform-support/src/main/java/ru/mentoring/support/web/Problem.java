package ru.mentoring.support.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** RFC 9457 problem details; {@code title} and {@code detail} are Russian, for the curator to act on. */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, List<Violation> errors) {

    @Serdeable
    public record Violation(@Nullable String field, String message) {
    }
}
