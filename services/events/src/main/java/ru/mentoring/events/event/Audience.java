package ru.mentoring.events.event;

/**
 * Target categories an event is for. Each is checked against what the platform holds (ADR 0010):
 * the roles in the verified token, or the mentor's profile in the shared mentor base.
 */
public enum Audience {
    MENTOR("наставники"),
    TEACHER("педагоги"),
    CURATOR("кураторы"),
    METHODIST("методисты"),
    EXPERT("эксперты"),
    PUPIL_TEAM("команды обучающихся");

    private final String title;

    Audience(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
