package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.serde.annotation.Serdeable;

/** Why a nomination or a request was turned down: the school reads it. */
@Serdeable
public record Reason(String reason) {
}
