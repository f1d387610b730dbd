package ru.mentoring.events.event;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A list's filter: a period, a kind, an organiser, a network project, words of the title. */
public record EventFilter(@Nullable Instant from, @Nullable Instant to, @Nullable EventKind kind,
                          @Nullable Organiser organiser, @Nullable UUID networkProjectId, @Nullable String text, int limit) {

    public static EventFilter period(Instant from, Instant to) {
        return new EventFilter(from, to, null, null, null, null, 2000);
    }
}
