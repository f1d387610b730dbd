package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** One mentor of the school's directory; codes kept as text, so a newer code never breaks a page. */
@Serdeable
public record DirectoryEntry(UUID id, String fullName, @Nullable String kind, @Nullable String visibility,
                             @Nullable Integer freeCapacity, @Nullable String homeSchoolId,
                             @Nullable String organisation, @Nullable String position,
                             @Nullable List<String> strengths, @Nullable List<String> subjects) {
}
