package ru.mentoring.events.event;

import java.time.Instant;

/** When and why the organiser cancelled an event; the reason is what the applicants were told. */
public record Cancellation(Instant at, String reason) {
}
