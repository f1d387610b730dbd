package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** A mentor as the bank shows the methodist, contacts included; codes kept as text on purpose. */
@Serdeable
record MentorProfile(String id, String fullName, @Nullable String kind, @Nullable String homeSchoolId,
                     @Nullable String organisation, @Nullable String position, @Nullable String email,
                     @Nullable String phone, @Nullable LocalDate birthDate, @Nullable List<String> subjects,
                     @Nullable List<String> strengths, @Nullable List<String> forms,
                     @Nullable String qualificationCategory, @Nullable Integer experienceYears,
                     @Nullable String timeAvailable, @Nullable String interests, @Nullable String preferredMenteeAge,
                     @Nullable String achievements, @Nullable String trainingCompleted,
                     @Nullable Boolean associationMember, int capacity, int activeAssignments, int reservedSeats,
                     int freeCapacity, @Nullable String visibility) {

    List<String> subjectList() {
        return subjects == null ? List.of() : subjects;
    }

    List<String> strengthList() {
        return strengths == null ? List.of() : strengths;
    }

    List<String> formList() {
        return forms == null ? List.of() : forms;
    }

    @Serdeable
    record Page(@Nullable List<MentorProfile> items) {
        List<MentorProfile> entries() {
            return items == null ? List.of() : items;
        }
    }
}
