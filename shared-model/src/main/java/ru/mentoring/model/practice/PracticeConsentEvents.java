package ru.mentoring.model.practice;

import ru.mentoring.model.event.EventType;

/**
 * Distribution consents of people named in practice proposals, published by the school service and
 * keyed by {@code consentRef}, so the changes of one consent stay in order.
 */
public final class PracticeConsentEvents {
    public static final String TOPIC = "school.practice-consent.v1";

    public static final EventType CHANGED = new EventType("practice-consent.changed", 1, TOPIC);

    private PracticeConsentEvents() {
    }
}
