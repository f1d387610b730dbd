package ru.mentoring.mentorbank.mentor;

import ru.mentoring.model.mentor.MentorVisibility;

import java.util.Collection;

/**
 * Which schools may see (and ask for) a mentor: every school for a municipal mentor, the member
 * schools of the projects whose pool holds a network mentor, and always the mentor's own school.
 */
public final class MentorAudience {

    private MentorAudience() {
    }

    public static boolean includes(Mentor mentor, Collection<String> sharedWithSchools, String school) {
        if (mentor.visibility() == MentorVisibility.MUNICIPAL || school.equals(mentor.homeSchoolId())) {
            return true;
        }
        return mentor.visibility() == MentorVisibility.NETWORK && sharedWithSchools.contains(school);
    }
}
