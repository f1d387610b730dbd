package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The curator's oversight of every pair and group of the school, with the flags the service computes. */
public final class Oversight {

    private Oversight() {
    }

    /** {@code today} is the service's own (its clock may be moved in test runs); «silent» is past N weeks. */
    @Serdeable
    public record Board(int silentAfterWeeks, @Nullable LocalDate today, @Nullable List<Row> items) {

        public List<Row> rows() {
            return items == null ? List.of() : items;
        }
    }

    @Serdeable
    public record Row(UUID pairId, String mentorName, @Nullable List<Person> mentees, @Nullable String form,
                      @Nullable String formTitle, String status, @Nullable String statusTitle,
                      @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, int planDone, int planTotal,
                      int overdueTasks, @Nullable LocalDate lastMeetingOn, boolean silent,
                      @Nullable Integer silentWeeks, boolean consentWithdrawn, @Nullable String concern,
                      boolean minorsPair, boolean teacherPair, @Nullable Integer meetingsToConfirm) {

        public List<Person> menteeList() {
            return mentees == null ? List.of() : mentees;
        }
    }

    @Serdeable
    public record Person(UUID id, String fullName) {
    }

    /** The body of {@code POST /api/pairs/{id}/concerns}. */
    @Serdeable
    public record NewConcern(String text) {
    }
}
