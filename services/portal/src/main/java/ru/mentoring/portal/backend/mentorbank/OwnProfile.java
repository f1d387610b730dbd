package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** The signed-in mentor's own profile, found by the e-mail Keycloak verified. */
@Serdeable
public record OwnProfile(UUID id, String fullName, @Nullable String kind, @Nullable String homeSchoolId,
                         @Nullable String organisation, @Nullable String position, @Nullable List<String> strengths,
                         @Nullable String timeAvailable, @Nullable String interests,
                         @Nullable String preferredMenteeAge, @Nullable String achievements,
                         @Nullable Integer capacity, @Nullable Integer activeAssignments,
                         @Nullable Integer freeCapacity, @Nullable String visibility,
                         @Nullable List<String> usedBySchools) {

    public List<String> strengthList() {
        return strengths == null ? List.of() : strengths;
    }

    public List<String> schools() {
        return usedBySchools == null ? List.of() : usedBySchools;
    }

    /** What the mentor may say about themselves; the rest of the profile is the methodist's. */
    @Serdeable
    public record Part(List<String> strengths, @Nullable String timeAvailable, @Nullable String interests,
                       @Nullable String preferredMenteeAge, @Nullable String achievements) {
    }
}
