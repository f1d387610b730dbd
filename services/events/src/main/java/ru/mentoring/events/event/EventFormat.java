package ru.mentoring.events.event;

enum EventFormat {
    IN_PERSON("Очно"),
    ONLINE("Онлайн"),
    HYBRID("Смешанный");

    private final String title;

    EventFormat(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
