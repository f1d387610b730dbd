package ru.mentoring.model.mentor;

/** Who the mentor is, per the federal target model's forms. */
public enum MentorKind {
    TEACHER,
    PUPIL,
    PARENT,
    UNIVERSITY_STUDENT,
    EMPLOYER,
    GRADUATE
}
