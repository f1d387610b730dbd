package ru.mentoring.events.event;

/** Whether one application takes a place for a person or for a team. */
public enum Participation {
    INDIVIDUAL,
    TEAM
}
