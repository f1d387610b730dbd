package ru.mentoring.events.competition;

/** The stages of a competition as the regional contests run them, in order. */
public enum Stage {
    ACCEPTANCE("Приём материалов"),
    TECHNICAL_CHECK("Техническая экспертиза"),
    CORRESPONDENCE("Заочный этап (портфолио)"),
    IN_PERSON("Очный этап (мастер-класс)"),
    RESULTS("Подведение итогов");

    private final String title;

    Stage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    boolean scored() {
        return this == CORRESPONDENCE || this == IN_PERSON;
    }

    Stage next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }
}
