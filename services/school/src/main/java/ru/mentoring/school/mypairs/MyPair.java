package ru.mentoring.school.mypairs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.meeting.MeetingView;
import ru.mentoring.school.pair.PairSide;
import ru.mentoring.school.plan.PlanView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pair on its mentor's or mentee's own page, in whatever school it works. {@code ownSchool}: the mentor
 * belongs to the pair's school; otherwise pupils are minimal cards (first name and class, no id) and the
 * contact is the school's curator. {@code plan} and {@code meetings} are filled on the pair's own page only.
 */
@Serdeable
public record MyPair(UUID pairId, String schoolId, String schoolName, PairSide side, String sideTitle, String form,
                     String formTitle, PairStatus status, String statusTitle, LocalDate startsOn, LocalDate endsOn,
                     String mentorName, List<Card> mentees, boolean ownSchool, String curatorContact, int planDone,
                     int planTotal, int overdueTasks, @Nullable LocalDate nextTaskDue, int meetingsHeld,
                     @Nullable LocalDate lastMeetingOn, int meetingsToConfirm, @Nullable PlanView plan,
                     @Nullable MeetingView.Log meetings) {

    /** {@code name}: the full name, or the first name only on a minimal card (then without id). */
    @Serdeable
    public record Card(@Nullable UUID id, String name, @Nullable String grade, @Nullable String position) {
    }

    @Serdeable
    record Items(List<MyPair> items) {
    }
}
