package ru.mentoring.events.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One school's places on one event: the school's own cap (if the organiser set one) and the places it holds. */
@Serdeable
public record SchoolPlaces(String schoolId, @Nullable Integer cap, int taken) {
}
