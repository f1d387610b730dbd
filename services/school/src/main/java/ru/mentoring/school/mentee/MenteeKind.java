package ru.mentoring.school.mentee;

/** A pupil (обучающийся) or a young teacher (педагог); the two have different cards and rules. */
enum MenteeKind {
    PUPIL,
    TEACHER
}
