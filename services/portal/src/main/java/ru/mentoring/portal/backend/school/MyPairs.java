package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A mentor's or a mentee's own pairs, in every school. A mentor from another school gets a pupil only as
 * the minimal card: first name, grade and the school's curator as the contact. One pair
 * ({@code GET /api/me/pairs/{id}}) comes with its plan and meeting log as the caller may see them.
 */
public final class MyPairs {

    private MyPairs() {
    }

    @Serdeable
    public record Item(UUID pairId, @Nullable String schoolId, @Nullable String schoolName, @Nullable String form,
                       @Nullable String formTitle, String status, @Nullable String statusTitle,
                       @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String mentorName,
                       @Nullable List<Card> mentees, boolean ownSchool, @Nullable String curatorContact,
                       int planDone, int planTotal, @Nullable LocalDate nextTaskDue, @Nullable LocalDate lastMeetingOn,
                       int meetingsToConfirm, @Nullable Integer overdueTasks, @Nullable Plans.Plan plan,
                       @Nullable Meetings.Log meetings) {

        public List<Card> menteeList() {
            return mentees == null ? List.of() : mentees;
        }
    }

    /** {@code name}: the full name within the school, the first name only for another school's mentor. */
    @Serdeable
    public record Card(@Nullable UUID id, @Nullable String name, @Nullable String grade, @Nullable String position) {
    }
}
