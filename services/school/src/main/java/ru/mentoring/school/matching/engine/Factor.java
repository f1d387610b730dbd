package ru.mentoring.school.matching.engine;

/** The factors of a score, in the order explanations list them; {@link #code()} is what {@link Reason#factor()} says. */
public enum Factor {
    STRENGTHS("strengths"),
    FORM("form"),
    SUBJECT("subject"),
    AGE("age"),
    TIME("time"),
    CAPACITY("capacity"),
    OWN_SCHOOL("ownSchool");

    private final String code;

    Factor(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
