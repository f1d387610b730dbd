package ru.mentoring.school.meeting;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** A pair's meeting log in figures: meetings held, the last one, and those still waiting for confirmation. */
public record MeetingSummary(int held, @Nullable LocalDate lastMeetingOn, int unconfirmed) {

    public static final MeetingSummary NONE = new MeetingSummary(0, null, 0);
}
