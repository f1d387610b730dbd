package ru.mentoring.school.mentee;

/** A mentee's way through the programme: candidate → in a pair → completed → archived. */
public enum MenteeStatus {
    CANDIDATE("кандидат"),
    IN_PAIR("в паре"),
    COMPLETED("завершил программу"),
    ARCHIVED("в архиве");

    private final String title;

    MenteeStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
