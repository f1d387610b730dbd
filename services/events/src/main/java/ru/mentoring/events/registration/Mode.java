package ru.mentoring.events.registration;

/** Who the place is for: the applicant, a member of their school's staff, or a team of pupils. */
public enum Mode {
    SELF,
    STAFF,
    TEAM
}
