package ru.mentoring.portal.mentor;

import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.catalogue.Schools;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A «Банк наставников» table row, every code already in Russian. */
record BankRow(UUID id, String fullName, String kind, String workplace, String strengths, String forms,
               String seats, int freeCapacity, String visibility, String status) {

    static BankRow of(Mentors.Mentor mentor, Schools schools, Map<String, String> formTitles) {
        String school = mentor.homeSchoolId() == null ? null : schools.label(mentor.homeSchoolId());
        List<String> forms = mentor.formList().stream().map(code -> formTitles.getOrDefault(code, code)).toList();
        int free = Math.max(0, mentor.freeCapacity());
        List<String> strengths = new java.util.ArrayList<>(mentor.strengthList());
        strengths.addAll(mentor.ownStrengthList());
        return new BankRow(mentor.id(), mentor.fullName(), MentorLabels.kind(mentor.kind()),
                MentorLabels.workplace(school, mentor.organisation(), mentor.position()),
                MentorLabels.joined(strengths), MentorLabels.joined(forms),
                free + " из " + mentor.capacity(), free, MentorLabels.visibility(mentor.visibility()),
                "ACTIVE".equals(mentor.statusCode()) ? "" : MentorLabels.status(mentor.statusCode()));
    }
}
