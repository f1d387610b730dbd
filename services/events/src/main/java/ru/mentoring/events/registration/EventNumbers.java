package ru.mentoring.events.registration;

import io.micronaut.serde.annotation.Serdeable;

/** One event's numbers: places held, waiting, pending, arrivals, participants (teams by size), schools. */
@Serdeable
public record EventNumbers(int registered, int waitlisted, int pending, int attended, int participants, int schools) {
    public static final EventNumbers NONE = new EventNumbers(0, 0, 0, 0, 0, 0);
}
