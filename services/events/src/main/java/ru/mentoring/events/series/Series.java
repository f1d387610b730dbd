package ru.mentoring.events.series;

import ru.mentoring.events.event.CreateEventCommand;

import java.util.UUID;

/** A yearly event: its rule, the event every year repeats, and the year it began on the platform. */
record Series(UUID id, String title, Recurrence recurrence, CreateEventCommand template, int firstYear, String createdBy) {
}
