package ru.mentoring.model.pair;

import ru.mentoring.model.event.EventType;

/**
 * Mentoring pairs and groups as they leave a school: keyed by pair id, each record carries the pair's
 * full current state. Mentees appear only as pseudonymous keys: never a name, class, contact,
 * category or request (ADR 0002, ADR 0019). The mentor bank counts seats from these events;
 * monitoring counts pairs and completions from them.
 */
public final class PairEvents {
    public static final String TOPIC = "school.pair.v1";

    public static final EventType CHANGED = new EventType("pair.changed", 1, TOPIC);

    private PairEvents() {
    }
}
