package ru.mentoring.school.matching;

import ru.mentoring.school.mentee.MenteeKind;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which forms of mentoring a mentee can be mentored in: the mentee's side of the form's code
 * (PUPIL_PUPIL, STUDENT_PUPIL → a pupil; TEACHER_TEACHER → a teacher; …_STUDENT → a student; project
 * teams → pupils), and only among the forms the school's programme runs this year.
 */
final class SuitableForms {

    private SuitableForms() {
    }

    static Set<String> of(MenteeKind kind, Collection<String> programmeForms) {
        Set<String> suitable = new LinkedHashSet<>();
        for (String form : programmeForms) {
            if (suits(kind, form)) {
                suitable.add(form);
            }
        }
        return suitable;
    }

    static boolean suits(MenteeKind kind, String form) {
        return switch (kind) {
            case PUPIL -> form.endsWith("_PUPIL") || form.endsWith("_PROJECT_TEAM");
            case TEACHER -> form.endsWith("_TEACHER");
            case STUDENT -> form.endsWith("_STUDENT");
            case OTHER -> true;
        };
    }
}
