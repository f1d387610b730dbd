package ru.mentoring.events.event;

/** The kinds of events the methodology center, schools and network projects run, as the portal names them. */
public enum EventKind {
    SEMINAR("Семинар"),
    OPEN_LESSONS("Фестиваль открытых уроков"),
    MENTOR_DAY("День наставника «Я — профессионал»"),
    PROJECT_FESTIVAL("Фестиваль групповых проектов обучающихся"),
    COMPETITION("Конкурс"),
    INTERNSHIP("Стажировка"),
    INTENSIVE("Интенсив"),
    CONFERENCE("Конференция"),
    ROUND_TABLE("Круглый стол");

    private final String title;

    EventKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
