package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A mentor of the municipal bank. Seats: {@code activeAssignments + reservedSeats <= capacity}.
 * {@code strengths} are catalogue competencies by title; {@code ownStrengths} the mentor's strengths in
 * their school's words that no competency matches yet; {@code forms} and {@code formats} catalogue codes.
 */
@MappedEntity("mentor")
public record Mentor(
        @Id UUID id,
        long revision,
        String fullName,
        MentorKind kind,
        @Nullable String homeSchoolId,
        @Nullable String organisation,
        @Nullable String position,
        @Nullable String email,
        @Nullable String phone,
        @Nullable LocalDate birthDate,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> subjects,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> strengths,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> forms,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> ownStrengths,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> formats,
        @Nullable String qualificationCategory,
        @Nullable Integer experienceYears,
        @Nullable String timeAvailable,
        @Nullable String interests,
        @Nullable String preferredMenteeAge,
        @Nullable String achievements,
        @Nullable String trainingCompleted,
        boolean associationMember,
        int capacity,
        int activeAssignments,
        int reservedSeats,
        MentorVisibility visibility,
        MentorStatus status,
        @Nullable String statusReason,
        @Nullable Instant statusChangedAt,
        @Nullable String accountUsername,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {

    public int freeCapacity() {
        return Math.max(0, capacity - activeAssignments - reservedSeats);
    }

    /** Only an active mentor takes new requests; a paused or departed one keeps the pairs they run. */
    public boolean takesRequests() {
        return status == MentorStatus.ACTIVE;
    }
}
