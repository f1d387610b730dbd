package ru.mentoring.school.mentee;

/** Who the mentee is: a young teacher (педагог), a pupil (обучающийся), a student, or someone else. */
public enum MenteeKind {
    TEACHER("педагог"),
    PUPIL("обучающийся"),
    STUDENT("студент"),
    OTHER("другое");

    private final String title;

    MenteeKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
