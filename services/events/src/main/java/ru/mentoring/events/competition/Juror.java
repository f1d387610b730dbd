package ru.mentoring.events.competition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An expert on a competition's jury, with their own school (never given an entry of it). */
@Serdeable
record Juror(String subject, String name, @Nullable String schoolId) {
}
