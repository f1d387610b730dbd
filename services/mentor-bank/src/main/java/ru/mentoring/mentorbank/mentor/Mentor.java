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

/** A mentor of the municipal bank. Seats: {@code activeAssignments + reservedSeats <= capacity}. */
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
        @Nullable String accountUsername,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {

    public int freeCapacity() {
        return Math.max(0, capacity - activeAssignments - reservedSeats);
    }
}
