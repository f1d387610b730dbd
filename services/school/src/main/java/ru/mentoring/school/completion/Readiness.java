package ru.mentoring.school.completion;

/** The mentor's verdict on a young teacher at the end of a teacher pair (DOMAIN §8.9). */
public enum Readiness {
    READY("готов"),
    READY_WITH_SUPPORT("готов при условии дополнительного сопровождения"),
    NOT_READY("не готов");

    private final String title;

    Readiness(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
