package ru.mentoring.school.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.List;
import java.util.UUID;

/** A mentor as a school sees it in its directory: no contacts, with what is left of their capacity. */
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
        List<String> strengths) {
}
