package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One mentor of {@code GET /api/directory/mentors} on the school service; codes kept as text on purpose. */
@Serdeable
record DirectoryEntry(String id, String fullName, @Nullable String kind, @Nullable String visibility,
                      @Nullable Integer freeCapacity, @Nullable String homeSchoolId, @Nullable String organisation,
                      @Nullable String position, @Nullable List<String> strengths, @Nullable List<String> subjects) {

    @Serdeable
    record Page(@Nullable List<DirectoryEntry> items) {
        List<DirectoryEntry> entries() {
            return items == null ? List.of() : items;
        }
    }
}
