package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The school's mentee base and its request map; codes stay text, the school service checks them. */
public final class Mentees {

    private Mentees() {
    }

    /** A mentee as the curator sees them, the restricted categories included. */
    @Serdeable
    public record Mentee(UUID id, String fullName, @Nullable String kind, @Nullable String kindTitle,
                         @Nullable LocalDate birthDate, @Nullable Integer age, boolean minor, @Nullable String grade,
                         @Nullable String position, @Nullable String subject, @Nullable Integer experienceYears,
                         @Nullable String organisation, @Nullable String contact, @Nullable String guardianName,
                         @Nullable String guardianContact, @Nullable String requestCategory,
                         @Nullable String requestCategoryTitle, @Nullable String request,
                         @Nullable LocalDate enteredAt, @Nullable String source, @Nullable String sourceTitle,
                         @Nullable String status, @Nullable String statusTitle, @Nullable String availableTime,
                         @Nullable Restricted restricted) {

        public Restricted restrictedOrNone() {
            return restricted == null ? new Restricted(false, false, false, false) : restricted;
        }
    }

    /** Seen by the curator alone. */
    @Serdeable
    public record Restricted(boolean supportNeeds, boolean difficultSituation, boolean behaviour, boolean poorResults) {

        public boolean any() {
            return supportNeeds || difficultSituation || behaviour || poorResults;
        }
    }

    /** The body of {@code POST /api/mentees} and {@code PUT /api/mentees/{id}}. */
    @Serdeable
    public record Save(@Nullable String fullName, @Nullable String kind, @Nullable LocalDate birthDate,
                       @Nullable String grade, @Nullable String position, @Nullable String subject,
                       @Nullable Integer experienceYears, @Nullable String organisation, @Nullable String contact,
                       @Nullable String guardianName, @Nullable String guardianContact,
                       @Nullable String requestCategory, @Nullable String request, @Nullable LocalDate enteredAt,
                       @Nullable String source, @Nullable String availableTime, boolean supportNeeds,
                       boolean difficultSituation, boolean behaviour, boolean poorResults) {
    }

    @Serdeable
    public record StatusChange(String status) {
    }

    /** A category of the school's request map. */
    @Serdeable
    public record Category(String code, String title, boolean active) {
    }

    @Serdeable
    public record NewCategory(@Nullable String title) {
    }

    @Serdeable
    public record CategoryChange(@Nullable String title, @Nullable Boolean active) {
    }

    /** {@code POST /api/mentees/import}: what each row became, or would become in a preview. */
    @Serdeable
    public record ImportResult(boolean dryRun, int imported, @Nullable List<ImportRow> rows) {

        public List<ImportRow> rowList() {
            return rows == null ? List.of() : rows;
        }
    }

    /** {@code status}: IMPORTED, WOULD_IMPORT, REFUSED or SKIPPED. */
    @Serdeable
    public record ImportRow(@Nullable String sheet, int row, @Nullable String fullName, @Nullable String status,
                            @Nullable List<Warning> warnings, @Nullable String refusal) {

        public List<Warning> warningList() {
            return warnings == null ? List.of() : warnings;
        }
    }

    @Serdeable
    public record Warning(@Nullable String column, @Nullable String message) {
    }
}
