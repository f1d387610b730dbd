package ru.mentoring.events.series;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** One year of a series: participants and schools, from the platform or (before it) from the old sheets. */
@Serdeable
record YearFigures(int year, @Nullable UUID eventId, int participants, @Nullable Integer schools, boolean entered) {
}
