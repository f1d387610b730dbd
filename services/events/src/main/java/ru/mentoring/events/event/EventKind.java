package ru.mentoring.events.event;

/** The kinds of events a methodology center or a school runs, with the names the portal shows. */
enum EventKind {
    SEMINAR("Семинар"),
    OPEN_LESSONS("Фестиваль открытых уроков"),
    MENTOR_DAY("День наставника"),
    COMPETITION("Конкурс"),
    INTERNSHIP("Стажировка"),
    INTENSIVE("Интенсив");

    private final String title;

    EventKind(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
