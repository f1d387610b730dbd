package ru.mentoring.events.event;

/** The kinds of question an organiser may add to an application form. */
public enum FieldType {
    TEXT("текст"),
    NUMBER("число"),
    CHOICE("выбор из вариантов"),
    YES_NO("да или нет");

    private final String title;

    FieldType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
