package ru.mentoring.events.competition;

public enum EntryStatus {
    SUBMITTED("Подана"),
    ADMITTED("Допущена"),
    NOT_ADMITTED("Не допущена"),
    ADVANCED("Прошла в очный этап"),
    ELIMINATED("Не прошла в очный этап");

    private final String title;

    EntryStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
