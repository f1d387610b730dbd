package ru.mentoring.events.event;

public enum EventFormat {
    IN_PERSON("Очно"),
    ONLINE("Онлайн"),
    HYBRID("Смешанный формат");

    private final String title;

    EventFormat(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
