package ru.mentoring.school.directory;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.List;
import java.util.UUID;

/** A mentor of the shared base as the school's features use them (no contacts ever). */
public record DirectoryEntry(
        UUID id,
        String fullName,
        MentorKind kind,
        MentorVisibility visibility,
        @Nullable String homeSchoolId,
        @Nullable String organisation,
        @Nullable String position,
        List<String> subjects,
        List<String> strengths,
        List<String> ownStrengths,
        List<String> forms,
        int capacity,
        int freeSeats,
        boolean acceptingRequests,
        @Nullable Integer experienceYears,
        @Nullable String preferredMenteeAge,
        @Nullable String timeAvailable,
        @Nullable String accountKey) {
}
