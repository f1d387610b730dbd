package ru.mentoring.events.mentorbase;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.mentor.MentorKind;

import java.util.UUID;

/** What the events service knows of a mentor from the shared base: enough to check who may apply. */
public record MentorCard(UUID id, String fullName, MentorKind kind, @Nullable String homeSchoolId,
                         @Nullable Integer experienceYears, boolean active) {
}
