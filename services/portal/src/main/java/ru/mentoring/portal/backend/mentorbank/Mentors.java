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
                         int activeAssignments, int reservedSeats, int freeCapacity, @Nullable String visibility) {

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

    /** The body of {@code POST /api/mentors} from the short «Новый наставник» form. */
    @Serdeable
    public record Registration(@Nullable String fullName, @Nullable String kind, @Nullable Integer capacity,
                               @Nullable String homeSchoolId, @Nullable String organisation,
                               @Nullable String position, @Nullable String email, List<String> strengths) {
    }

    @Serdeable
    public record Registered(UUID id, String fullName) {
    }

    /** The whole profile, the body of {@code PUT /api/mentors/{id}}. */
    @Serdeable
    public record Change(@Nullable String fullName, @Nullable String kind, @Nullable Integer capacity,
                         @Nullable String homeSchoolId, @Nullable String organisation, @Nullable String position,
                         @Nullable String email, @Nullable String phone, @Nullable LocalDate birthDate,
                         List<String> subjects, List<String> strengths, List<String> forms,
                         @Nullable String qualificationCategory, @Nullable Integer experienceYears,
                         @Nullable String timeAvailable, @Nullable String interests,
                         @Nullable String preferredMenteeAge, @Nullable String achievements,
                         @Nullable String trainingCompleted, boolean associationMember, @Nullable String visibility) {
    }

    @Serdeable
    public record Contacts(UUID mentorId, String fullName, @Nullable String email, @Nullable String phone) {
    }

    /** {@code POST /api/mentors/import}: how many rows came in, and which were refused and why. */
    @Serdeable
    public record ImportResult(int imported, @Nullable List<RejectedRow> rejected, int skippedEmptyRows) {
        public List<RejectedRow> rejectedRows() {
            return rejected == null ? List.of() : rejected;
        }
    }

    @Serdeable
    public record RejectedRow(int row, @Nullable String fullName, @Nullable String reason) {
    }
}
