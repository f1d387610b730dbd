package ru.mentoring.events.competition;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A school's entry to a competition: its author (an adult mentor or teacher), work and standing. */
record Entry(UUID id, UUID eventId, String schoolId, String submittedBy, String authorName, String email, String title,
             String nomination, String summary, @Nullable String materialsUrl, EntryStatus status, @Nullable String checkNote,
             @Nullable String award, @Nullable Integer place, Instant createdAt) {
}
