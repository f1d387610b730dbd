package ru.mentoring.model.mentor;

/** How far an approved mentor is shared: own school only, the members of network projects, or every school. */
public enum MentorVisibility {
    SCHOOL,
    NETWORK,
    MUNICIPAL
}
