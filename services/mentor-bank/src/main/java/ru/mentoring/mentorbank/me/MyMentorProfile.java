package ru.mentoring.mentorbank.me;

import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.mentorbank.mentor.MentorStatus;
import ru.mentoring.mentorbank.request.MentorAssignments;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;

/**
 * A mentor's own profile, found by the e-mail Keycloak verified. The mentor changes only what is
 * theirs to say; the rest stays as the methodist keeps it.
 */
@Singleton
class MyMentorProfile {

    private final MentorService mentors;
    private final MentorAssignments assignments;

    MyMentorProfile(MentorService mentors, MentorAssignments assignments) {
        this.mentors = mentors;
        this.assignments = assignments;
    }

    Mentor of(Caller caller) {
        String email = caller.email().orElseThrow(MyMentorProfile::notLinked);
        return mentors.findByEmail(email).orElseThrow(MyMentorProfile::notLinked);
    }

    List<String> usedBy(Mentor mentor) {
        return assignments.schoolsUsing(mentor.id());
    }

    Mentor update(Caller caller, MyMentorProfileController.OwnPart part) {
        Mentor m = of(caller);
        return mentors.update(m.id(), new MentorProfileCommand(m.fullName(), m.kind(), m.capacity(), m.homeSchoolId(),
                m.organisation(), m.position(), m.email(), m.phone(), m.birthDate(), m.subjects(),
                part.strengths() == null ? m.strengths() : part.strengths(), m.forms(), m.qualificationCategory(),
                m.experienceYears(), part.timeAvailable(), part.interests(), part.preferredMenteeAge(),
                part.achievements(), m.trainingCompleted(), m.associationMember(), m.visibility(),
                part.ownStrengths(), null));
    }

    /** A mentor pauses, leaves the bank or comes back by themselves. */
    Mentor changeStatus(Caller caller, MentorStatus status, String reason) {
        return mentors.changeStatus(of(caller).id(), status, reason);
    }

    private static HttpStatusException notLinked() {
        return BusinessRuleException.notFound("Профиль наставника с вашим e-mail не найден в банке наставников");
    }
}
