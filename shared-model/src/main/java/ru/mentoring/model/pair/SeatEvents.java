package ru.mentoring.model.pair;

import ru.mentoring.model.event.EventType;

/** The mentor bank's answer to a pair that asked for a mentor's seats; keyed by pair id. */
public final class SeatEvents {
    public static final String TOPIC = "mentorbank.seat.v1";

    public static final EventType DECIDED = new EventType("seats.decided", 1, TOPIC);

    private SeatEvents() {
    }
}
