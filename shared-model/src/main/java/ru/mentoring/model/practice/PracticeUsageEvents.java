package ru.mentoring.model.practice;

import ru.mentoring.model.event.EventType;

/** Plan tasks linking library practices, published by the school service, keyed by {@code taskRef}. */
public final class PracticeUsageEvents {
    public static final String TOPIC = "school.practice-usage.v1";

    public static final EventType CHANGED = new EventType("practice-usage.changed", 1, TOPIC);

    private PracticeUsageEvents() {
    }
}
