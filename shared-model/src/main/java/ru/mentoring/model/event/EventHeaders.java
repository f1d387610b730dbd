package ru.mentoring.model.event;

/** Kafka record headers every producer sets, so a consumer can route or reject before parsing. */
public final class EventHeaders {
    public static final String EVENT_ID = "event-id";
    public static final String EVENT_TYPE = "event-type";
    public static final String EVENT_VERSION = "event-version";
    /** The envelope's school, so a consumer binds its tenant before it parses the payload. Absent for municipal events. */
    public static final String SCHOOL_ID = "school-id";

    private EventHeaders() {
    }
}
