package ru.mentoring.school.mentee;

/** How the mentee came into the base (DOMAIN §4.4). */
public enum MenteeSource {
    QUESTIONNAIRE("анкетирование"),
    SELF_APPLICATION("заявка самого наставляемого"),
    TEACHER_NOMINATION("выдвижение педагогом"),
    PSYCHOLOGIST_NOMINATION("выдвижение педагогом-психологом"),
    CURATOR("внесён куратором");

    private final String title;

    MenteeSource(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
