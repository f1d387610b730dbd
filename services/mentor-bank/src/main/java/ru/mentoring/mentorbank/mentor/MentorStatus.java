package ru.mentoring.mentorbank.mentor;

/**
 * Where a mentor stands in the bank. A paused mentor takes no new requests and keeps running their
 * pairs; a mentor who left is found by nobody any more, and their running pairs go on as well.
 * Both come back to {@code ACTIVE}.
 */
public enum MentorStatus {
    ACTIVE,
    PAUSED,
    LEFT;

    /** What the portal and the export call it. */
    public String russian() {
        return switch (this) {
            case ACTIVE -> "работает";
            case PAUSED -> "на паузе";
            case LEFT -> "вышел из банка";
        };
    }
}
