package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The yearly re-confirmation of municipal mentors: last year's list, each mentor's answer, who is on the new one. */
@Serdeable
public record Reconfirmation(String year, String previousYear, @Nullable List<Item> items) {

    public List<Item> itemList() {
        return items == null ? List.of() : items;
    }

    @Serdeable
    public record Item(UUID mentorId, String fullName, @Nullable String homeSchoolId, @Nullable String status,
                       @Nullable Boolean carriesOn, @Nullable Instant answeredAt, boolean onList) {
    }

    /** No mentors named: everyone who said they carry on. */
    @Serdeable
    public record Confirm(String year, @Nullable List<UUID> mentorIds) {
    }
}
