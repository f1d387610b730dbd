package ru.mentoring.portal.matching;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * The mentoring form a pair most likely has, from who the mentee and the mentor are (a young teacher and a
 * teacher: «учитель – учитель»), offered preselected on an accept form; the curator may pick another.
 */
public final class FormGuess {

    private FormGuess() {
    }

    public static String of(@Nullable String menteeKind, @Nullable String mentorKind, Set<String> forms) {
        String guess = switch (menteeKind == null ? "" : menteeKind) {
            case "TEACHER" -> "TEACHER_TEACHER";
            case "PUPIL" -> switch (mentorKind == null ? "" : mentorKind) {
                case "TEACHER" -> "TEACHER_PUPIL";
                case "PUPIL", "GRADUATE" -> "PUPIL_PUPIL";
                case "UNIVERSITY_STUDENT" -> "STUDENT_PUPIL";
                case "EMPLOYER", "PARENT" -> "EMPLOYER_PUPIL";
                default -> "";
            };
            case "STUDENT" -> switch (mentorKind == null ? "" : mentorKind) {
                case "EMPLOYER", "PARENT" -> "EMPLOYER_STUDENT";
                case "TEACHER" -> "TEACHER_UNIVERSITY_STUDENT";
                default -> "";
            };
            default -> "";
        };
        return forms.contains(guess) ? guess : "";
    }
}
