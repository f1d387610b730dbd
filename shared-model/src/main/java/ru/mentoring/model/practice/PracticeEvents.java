package ru.mentoring.model.practice;

import ru.mentoring.model.event.EventType;

/** The practice library. Keyed by practice id; a record carries the practice as published. */
public final class PracticeEvents {
    public static final String TOPIC = "practices.practice.v1";

    public static final EventType PUBLISHED = new EventType("practice.published", 1, TOPIC);

    private PracticeEvents() {
    }
}
