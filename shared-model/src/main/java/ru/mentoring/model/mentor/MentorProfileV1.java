package ru.mentoring.model.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * Version 1 of the mentor as the mentor bank shares it with every school. Only professional
 * profile data travels here: personal contacts stay in the mentor bank (see ADR 0004).
 * {@code revision} grows with every change of the mentor, so a consumer never lets an older
 * profile that arrives late overwrite a newer one. {@code sharedWithSchoolIds} lists the member
 * schools of the network projects whose pool holds the mentor (added in 1.1, optional). Within version 1 only optional fields may be added.
 */
@Serdeable
public record MentorProfileV1(
        UUID id,
        long revision,
        String fullName,
        MentorKind kind,
        @Nullable String homeSchoolId,
        @Nullable String organisation,
        @Nullable String position,
        @Nullable List<String> subjects,
        @Nullable List<String> strengths,
        int capacity,
        int activeAssignments,
        MentorVisibility visibility,
        @Nullable List<String> networkProjectIds,
        boolean active,
        @Nullable List<String> forms,
        @Nullable List<String> sharedWithSchoolIds) {

    public int freeCapacity() {
        return Math.max(0, capacity - activeAssignments);
    }
}
