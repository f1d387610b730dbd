package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record SchoolNumbers(@Nullable String schoolId, int registered, int waitlisted, int attended) {
}
