package ru.mentoring.events.event;

/** The kinds of question an organiser may add to an application form. */
public enum FieldType {
    TEXT,
    NUMBER,
    CHOICE,
    YES_NO
}
