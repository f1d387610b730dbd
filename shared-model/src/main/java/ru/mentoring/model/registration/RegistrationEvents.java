package ru.mentoring.model.registration;

import ru.mentoring.model.event.EventType;

/**
 * Event registrations. Keyed by the event's id, so every change of one event's list (a seat taken,
 * a cancellation, a promotion from the waiting list) stays in order on one partition.
 */
public final class RegistrationEvents {
    public static final String TOPIC = "events.registration.v1";

    public static final EventType CHANGED = new EventType("registration.changed", 1, TOPIC);

    private RegistrationEvents() {
    }
}
