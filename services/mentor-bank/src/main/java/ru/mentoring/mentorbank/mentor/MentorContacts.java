package ru.mentoring.mentorbank.mentor;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.request.MentorAssignments;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.Optional;
import java.util.UUID;

/** Who may see a mentor's e-mail and phone: the methodist, the home school, the schools that use the mentor. */
@Singleton
class MentorContacts {

    private final MentorRepository mentors;
    private final MentorAssignments assignments;

    MentorContacts(MentorRepository mentors, MentorAssignments assignments) {
        this.mentors = mentors;
        this.assignments = assignments;
    }

    @Transactional(readOnly = true)
    Optional<Mentor> visibleTo(Caller caller, UUID mentorId) {
        return mentors.findById(mentorId).filter(m -> maySee(caller, m));
    }

    private boolean maySee(Caller caller, Mentor mentor) {
        if (caller.has(Roles.METHODIST)) {
            return true;
        }
        return caller.schoolId()
                .map(school -> school.equals(mentor.homeSchoolId()) || assignments.isAssigned(mentor.id(), school))
                .orElse(false);
    }
}
