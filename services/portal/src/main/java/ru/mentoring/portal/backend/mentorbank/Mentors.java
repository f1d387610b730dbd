package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The mentor bank's mentors as the methodist's pages read and change them; codes stay text, the bank checks them. */
public final class Mentors {

    private Mentors() {
    }

    /** A whole profile, contacts included: only the methodist reads these. */
    @Serdeable
    public record Mentor(UUID id, String fullName, @Nullable String kind, @Nullable String homeSchoolId,
                         @Nullable String organisation, @Nullable String position, @Nullable String email,
                         @Nullable String phone, @Nullable LocalDate birthDate, @Nullable List<String> subjects,
                         @Nullable List<String> strengths, @Nullable List<String> forms,
                         @Nullable String qualificationCategory, @Nullable Integer experienceYears,
                         @Nullable String timeAvailable, @Nullable String interests,
                         @Nullable String preferredMenteeAge, @Nullable String achievements,
                         @Nullable String trainingCompleted, @Nullable Boolean associationMember, int capacity,
                         int activeAssignments, int reservedSeats, int freeCapacity, @Nullable String visibility,
                         @Nullable List<String> ownStrengths, @Nullable List<String> formats, @Nullable String status,
                         @Nullable String statusReason) {

        @io.micronaut.core.annotation.Creator
        public Mentor {
        }

        /** A mentor as the bank answered before own strengths, formats and status: active, none of them. */
        public Mentor(UUID id, String fullName, String kind, String homeSchoolId, String organisation, String position,
                      String email, String phone, LocalDate birthDate, List<String> subjects, List<String> strengths,
                      List<String> forms, String qualificationCategory, Integer experienceYears, String timeAvailable,
                      String interests, String preferredMenteeAge, String achievements, String trainingCompleted,
                      Boolean associationMember, int capacity, int activeAssignments, int reservedSeats,
                      int freeCapacity, String visibility) {
            this(id, fullName, kind, homeSchoolId, organisation, position, email, phone, birthDate, subjects, strengths,
                    forms, qualificationCategory, experienceYears, timeAvailable, interests, preferredMenteeAge,
                    achievements, trainingCompleted, associationMember, capacity, activeAssignments, reservedSeats,
                    freeCapacity, visibility, null, null, "ACTIVE", null);
        }

        public List<String> ownStrengthList() {
            return ownStrengths == null ? List.of() : ownStrengths;
        }

        public List<String> formatList() {
            return formats == null ? List.of() : formats;
        }

        /** ACTIVE, PAUSED or LEFT; an older bank's answer counts as active. */
        public String statusCode() {
            return status == null ? "ACTIVE" : status;
        }

        public List<String> subjectList() {
            return subjects == null ? List.of() : subjects;
        }

        public List<String> strengthList() {
            return strengths == null ? List.of() : strengths;
        }

        public List<String> formList() {
            return forms == null ? List.of() : forms;
        }
    }

    /** The whole profile: the body of {@code POST /api/mentors} (a new mentor) and of {@code PUT /api/mentors/{id}}. */
    @Serdeable
    public record Change(@Nullable String fullName, @Nullable String kind, @Nullable Integer capacity,
                         @Nullable String homeSchoolId, @Nullable String organisation, @Nullable String position,
                         @Nullable String email, @Nullable String phone, @Nullable LocalDate birthDate,
                         List<String> subjects, List<String> strengths, List<String> forms,
                         @Nullable String qualificationCategory, @Nullable Integer experienceYears,
                         @Nullable String timeAvailable, @Nullable String interests,
                         @Nullable String preferredMenteeAge, @Nullable String achievements,
                         @Nullable String trainingCompleted, boolean associationMember, @Nullable String visibility,
                         List<String> ownStrengths, List<String> formats) {
    }

    /** Why the mentor pauses or leaves; none needed to come back. */
    @Serdeable
    public record StatusChange(@Nullable String reason) {
    }

    @Serdeable
    public record Contacts(UUID mentorId, String fullName, @Nullable String email, @Nullable String phone) {
    }

    /**
     * {@code POST /api/mentors/import}: how many rows came in (or, in a preview, would), which were left
     * out and why, every row with its cell warnings, and the phrases no competency matched.
     */
    @Serdeable
    public record ImportResult(int imported, @Nullable List<RejectedRow> rejected, int skippedEmptyRows,
                               @Nullable Boolean dryRun, @Nullable Integer warnings, @Nullable List<ImportRow> rows,
                               @Nullable List<OwnPhrase> ownStrengths) {

        @io.micronaut.core.annotation.Creator
        public ImportResult {
        }

        public ImportResult(int imported, List<RejectedRow> rejected, int skippedEmptyRows) {
            this(imported, rejected, skippedEmptyRows, false, 0, List.of(), List.of());
        }

        public List<RejectedRow> rejectedRows() {
            return rejected == null ? List.of() : rejected;
        }

        public List<ImportRow> rowList() {
            return rows == null ? List.of() : rows;
        }

        public List<OwnPhrase> ownStrengthList() {
            return ownStrengths == null ? List.of() : ownStrengths;
        }

        public boolean isPreview() {
            return Boolean.TRUE.equals(dryRun);
        }

        public int warningCount() {
            return warnings == null ? 0 : warnings;
        }
    }

    @Serdeable
    public record RejectedRow(int row, @Nullable String fullName, @Nullable String reason, @Nullable String sheet) {

        @io.micronaut.core.annotation.Creator
        public RejectedRow {
        }

        public RejectedRow(int row, String fullName, String reason) {
            this(row, fullName, reason, null);
        }
    }

    /** A row of the sheet: IMPORT, DUPLICATE or REFUSED, with what was left out and why. */
    @Serdeable
    public record ImportRow(@Nullable String sheet, int row, @Nullable String fullName, @Nullable String status,
                            @Nullable String reason, @Nullable List<CellWarning> warnings,
                            @Nullable List<StrengthMatch> strengths, @Nullable List<String> ownStrengths) {

        public List<CellWarning> warningList() {
            return warnings == null ? List.of() : warnings;
        }

        public List<StrengthMatch> strengthList() {
            return strengths == null ? List.of() : strengths;
        }
    }

    @Serdeable
    public record CellWarning(@Nullable String column, @Nullable String cell, String message) {
    }

    @Serdeable
    public record StrengthMatch(String phrase, @Nullable List<String> competencies, @Nullable String how) {
    }

    @Serdeable
    public record OwnPhrase(String phrase, @Nullable List<Integer> rows) {
    }
}
