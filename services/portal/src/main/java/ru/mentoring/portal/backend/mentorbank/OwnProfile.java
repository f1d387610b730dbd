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
                         @Nullable List<String> usedBySchools, @Nullable List<String> ownStrengths,
                         @Nullable String status, @Nullable String statusReason) {

    @io.micronaut.core.annotation.Creator
    public OwnProfile {
    }

    public OwnProfile(UUID id, String fullName, String kind, String homeSchoolId, String organisation, String position,
                      List<String> strengths, String timeAvailable, String interests, String preferredMenteeAge,
                      String achievements, Integer capacity, Integer activeAssignments, Integer freeCapacity,
                      String visibility, List<String> usedBySchools) {
        this(id, fullName, kind, homeSchoolId, organisation, position, strengths, timeAvailable, interests,
                preferredMenteeAge, achievements, capacity, activeAssignments, freeCapacity, visibility, usedBySchools,
                null, "ACTIVE", null);
    }

    public List<String> ownStrengthList() {
        return ownStrengths == null ? List.of() : ownStrengths;
    }

    public String statusCode() {
        return status == null ? "ACTIVE" : status;
    }

    public List<String> strengthList() {
        return strengths == null ? List.of() : strengths;
    }

    public List<String> schools() {
        return usedBySchools == null ? List.of() : usedBySchools;
    }

    /** What the mentor may say about themselves; the rest of the profile is the methodist's. */
    @Serdeable
    public record Part(List<String> strengths, @Nullable String timeAvailable, @Nullable String interests,
                       @Nullable String preferredMenteeAge, @Nullable String achievements,
                       @Nullable List<String> ownStrengths) {
    }

    /** Whether the mentor carries on as a municipal mentor in {@code year}; {@code asked}: they are asked. */
    @Serdeable
    public record Confirmation(String year, boolean asked, @Nullable Boolean carriesOn, boolean confirmed) {
    }

    @Serdeable
    public record ConfirmationAnswer(String year, boolean carriesOn) {
    }
}
