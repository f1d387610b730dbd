package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The reason is checked by the service, so a missing body and an empty reason get the same Russian answer. */
@Serdeable
record RejectPracticeCommand(@Nullable String reason) {
}
