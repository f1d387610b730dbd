package ru.mentoring.portal.mentor;

import ru.mentoring.portal.catalogue.Catalogues;

import java.util.List;
import java.util.Map;

/** A «Банк наставников» table row, every code already in Russian. */
record BankRow(String id, String fullName, String kind, String workplace, String strengths, String forms,
               String seats, int freeCapacity, String visibility) {

    static BankRow of(MentorProfile mentor, Catalogues.Schools schools, Map<String, String> formTitles) {
        String school = mentor.homeSchoolId() == null ? null : schools.label(mentor.homeSchoolId());
        List<String> forms = mentor.formList().stream().map(code -> formTitles.getOrDefault(code, code)).toList();
        return new BankRow(mentor.id(), mentor.fullName(), MentorLabels.kind(mentor.kind()),
                MentorLabels.workplace(school, mentor.organisation(), mentor.position()),
                MentorLabels.joined(mentor.strengthList()), MentorLabels.joined(forms),
                Math.max(0, mentor.freeCapacity()) + " из " + mentor.capacity(), Math.max(0, mentor.freeCapacity()),
                MentorLabels.visibility(mentor.visibility()));
    }
}
