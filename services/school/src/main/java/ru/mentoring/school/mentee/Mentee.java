package ru.mentoring.school.mentee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * A mentee of the school's base. The restricted categories (support needs, difficult life situation,
 * behaviour, poor results) are for the curator's eyes only; {@code menteeKey} is what stands for the
 * mentee anywhere outside the school.
 */
@MappedEntity("mentee")
public record Mentee(
        @Id UUID id,
        String schoolId,
        UUID menteeKey,
        String fullName,
        MenteeKind kind,
        @Nullable LocalDate birthDate,
        @Nullable String grade,
        @Nullable String position,
        @Nullable String subject,
        @Nullable Integer experienceYears,
        @Nullable String organisation,
        @Nullable String contact,
        @Nullable String guardianName,
        @Nullable String guardianContact,
        @Nullable String requestCategory,
        @Nullable String request,
        @Nullable LocalDate enteredAt,
        MenteeSource source,
        MenteeStatus status,
        @Nullable String availableTime,
        boolean supportNeeds,
        boolean difficultSituation,
        boolean behaviour,
        boolean poorResults,
        @Nullable Instant archivedAt,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {

    @Nullable
    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }

    /** A pupil, or anyone under 18 on the day: their consents are signed by a parent or guardian. */
    public boolean minorOn(LocalDate day) {
        Integer age = ageOn(day);
        return age != null ? age < 18 : kind == MenteeKind.PUPIL;
    }

    /** The number of the pupil's class («7Б» → 7), if the grade says one. */
    @Nullable
    public Integer gradeNumber() {
        return Grades.number(grade);
    }

    /** The mentee's first name, the minimal card a mentor from elsewhere may see ("Иванов Пётр" → "Пётр"). */
    public String firstName() {
        String[] parts = fullName.strip().split("\\s+");
        return parts.length >= 2 ? parts[1] : parts[0];
    }

    Mentee withStatus(MenteeStatus newStatus, @Nullable Instant archived) {
        return new Mentee(id, schoolId, menteeKey, fullName, kind, birthDate, grade, position, subject, experienceYears,
                organisation, contact, guardianName, guardianContact, requestCategory, request, enteredAt, source,
                newStatus, availableTime, supportNeeds, difficultSituation, behaviour, poorResults, archived, createdAt,
                updatedAt);
    }
}
