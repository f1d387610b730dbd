package ru.mentoring.model.mentor;

import ru.mentoring.model.event.EventType;

/**
 * The shared mentor base. The topic is compacted and keyed by mentor id: each record carries the
 * mentor's full current profile, so a new school service rebuilds its directory from the topic alone.
 */
public final class MentorEvents {
    public static final String TOPIC = "mentorbank.mentor.v1";

    public static final EventType REGISTERED = new EventType("mentor.registered", 1, TOPIC);
    public static final EventType UPDATED = new EventType("mentor.updated", 1, TOPIC);

    private MentorEvents() {
    }
}
