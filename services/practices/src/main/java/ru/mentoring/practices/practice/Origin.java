package ru.mentoring.practices.practice;

/** How a practice came into the library. */
public enum Origin {
    SUBMITTED("Подана куратором или наставником"),
    COMPLETED_PAIR("Из завершённой наставнической пары"),
    COMPETITION_WINNER("Победитель конкурса");

    private final String title;

    Origin(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
