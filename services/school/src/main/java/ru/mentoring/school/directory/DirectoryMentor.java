package ru.mentoring.school.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.List;
import java.util.UUID;

/**
 * A mentor as a school sees it in its directory: no contacts, with what is left of their capacity.
 * {@code acceptingRequests} is false while the mentor pauses; {@code matches} says, for a search, what
 * of the mentor the search found.
 */
@Serdeable
record DirectoryMentor(
        UUID id,
        String fullName,
        MentorKind kind,
        MentorVisibility visibility,
        int capacity,
        int freeCapacity,
        @Nullable String homeSchoolId,
        @Nullable String organisation,
        @Nullable String position,
        List<String> subjects,
        List<String> strengths,
        List<String> ownStrengths,
        List<String> forms,
        List<String> formats,
        boolean acceptingRequests,
        @Nullable Integer experienceYears,
        List<Match> matches) {

    /**
     * One thing a search found: {@code field} is strength, ownStrength, subject, form, format, kind, name,
     * position, organisation or freeSeats; {@code text} what it found there; {@code label} in Russian.
     */
    @Serdeable
    record Match(String field, String text, String label) {
    }
}
