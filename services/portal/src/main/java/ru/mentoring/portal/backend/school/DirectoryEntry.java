package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * One mentor of the school's directory; codes kept as text, so a newer code never breaks a page.
 * {@code acceptingRequests} is false while the mentor pauses; {@code matches} says what a search found.
 */
@Serdeable
public record DirectoryEntry(UUID id, String fullName, @Nullable String kind, @Nullable String visibility,
                             @Nullable Integer freeCapacity, @Nullable String homeSchoolId,
                             @Nullable String organisation, @Nullable String position,
                             @Nullable List<String> strengths, @Nullable List<String> subjects,
                             @Nullable List<String> ownStrengths, @Nullable List<String> forms,
                             @Nullable Boolean acceptingRequests, @Nullable List<Match> matches) {

    @io.micronaut.core.annotation.Creator
    public DirectoryEntry {
    }

    /** An entry as the directory answered before the search said what matched. */
    public DirectoryEntry(UUID id, String fullName, String kind, String visibility, Integer freeCapacity,
                          String homeSchoolId, String organisation, String position, List<String> strengths,
                          List<String> subjects) {
        this(id, fullName, kind, visibility, freeCapacity, homeSchoolId, organisation, position, strengths, subjects,
                null, null, null, null);
    }

    public boolean takesRequests() {
        return !Boolean.FALSE.equals(acceptingRequests);
    }

    /** What of the mentor a search found: {@code label} is in Russian («сильная сторона: …»). */
    @Serdeable
    public record Match(@Nullable String field, @Nullable String text, @Nullable String label) {
    }

    /** The directory's answer: {@code scope} ALL (the methodist sees every mentor) or SCHOOL. */
    @Serdeable
    public record Answer(@Nullable String scope, @Nullable List<DirectoryEntry> items) {

        public List<DirectoryEntry> list() {
            return items == null ? List.of() : items;
        }

        public boolean isEveryMentor() {
            return "ALL".equals(scope);
        }
    }
}
