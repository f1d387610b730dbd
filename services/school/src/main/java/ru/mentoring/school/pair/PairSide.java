package ru.mentoring.school.pair;

/** Who acts on a pair: its school's curator, its mentor, or one of its mentees signed in. */
public enum PairSide {
    CURATOR("куратор"),
    MENTOR("наставник"),
    MENTEE("наставляемый");

    private final String title;

    PairSide(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
