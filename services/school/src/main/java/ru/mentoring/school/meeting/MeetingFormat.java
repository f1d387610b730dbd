package ru.mentoring.school.meeting;

/** Where a meeting took place. */
public enum MeetingFormat {
    IN_PERSON("очно"),
    ONLINE("онлайн");

    private final String title;

    MeetingFormat(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
