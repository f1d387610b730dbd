package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** The list of municipal mentors for one school year, «2026/2027». */
@Serdeable
public record YearList(@Nullable String year, @Nullable List<Entry> items) {

    public List<Entry> entries() {
        return items == null ? List.of() : items;
    }

    @Serdeable
    public record Entry(UUID mentorId, String fullName, @Nullable String kind, @Nullable String homeSchoolId,
                        @Nullable String organisation, @Nullable String position, @Nullable List<String> strengths) {
    }

    @Serdeable
    public record Addition(String year, UUID mentorId) {
    }
}
