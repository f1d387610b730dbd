package ru.mentoring.events.event;

/** Who runs an event, and so who sees it: everyone, one school, or a network project's member schools. */
public enum Organiser {
    MUNICIPALITY("Муниципальная методическая служба"),
    SCHOOL("Школа"),
    NETWORK_PROJECT("Сетевой проект");

    private final String title;

    Organiser(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
