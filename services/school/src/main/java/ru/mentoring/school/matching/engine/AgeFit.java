package ru.mentoring.school.matching.engine;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.school.mentee.MenteeKind;

/**
 * How a mentee fits the age a mentor prefers: fully, nearly (one class or one year off), not at all, or
 * unknown (the mentor named no preference, or nothing is known of the mentee's age). A pupil's age and
 * class stand for each other (a pupil of class g is g+6 or g+7 years old).
 */
final class AgeFit {

    static final int UNKNOWN_PREFERENCE = -2;
    static final int UNKNOWN_MENTEE = -1;
    static final int NO = 0;
    static final int NEAR = 1;
    static final int FULL = 2;

    private AgeFit() {
    }

    static int level(AgePreference pref, MenteeKind kind, @Nullable Integer age, @Nullable Integer grade) {
        if (!pref.known()) {
            return UNKNOWN_PREFERENCE;
        }
        if (pref.any()) {
            return FULL;
        }
        return switch (kind) {
            case PUPIL -> pupil(pref, age, grade);
            case TEACHER -> (pref.groups() & (AgePreference.YOUNG_TEACHERS | AgePreference.TEACHERS | AgePreference.ADULTS)) != 0
                    || age != null && pref.hasAge(age) ? FULL : NO;
            case STUDENT -> (pref.groups() & AgePreference.STUDENTS) != 0 || age != null && pref.hasAge(age) ? FULL
                    : (pref.groups() & AgePreference.ADULTS) != 0 ? NEAR : NO;
            case OTHER -> other(pref, age);
        };
    }

    private static int pupil(AgePreference pref, @Nullable Integer age, @Nullable Integer grade) {
        Integer g = grade != null && grade >= 1 && grade <= 11 ? grade : null;
        if (g == null && age == null) {
            return pref.grades() != 0 || pref.ages() != 0 ? UNKNOWN_MENTEE : NO;
        }
        int lowAge = age != null ? age : g + 6;
        int highAge = age != null ? age : g + 7;
        int lowGrade = g != null ? g : age - 7;
        int highGrade = g != null ? g : age - 6;
        if (pref.hasGrade(lowGrade) || pref.hasGrade(highGrade) || pref.hasAge(lowAge) || pref.hasAge(highAge)) {
            return FULL;
        }
        if (pref.hasGrade(lowGrade - 1) || pref.hasGrade(highGrade + 1) || lowAge > 0 && pref.hasAge(lowAge - 1)
                || pref.hasAge(highAge + 1)) {
            return NEAR;
        }
        return NO;
    }

    private static int other(AgePreference pref, @Nullable Integer age) {
        if (age == null) {
            return UNKNOWN_MENTEE;
        }
        if (pref.hasAge(age) || age >= 18 && (pref.groups() & AgePreference.ADULTS) != 0) {
            return FULL;
        }
        return age > 0 && pref.hasAge(age - 1) || pref.hasAge(age + 1) ? NEAR : NO;
    }

    /** «наставляемый в 6 классе», «наставляемому 15 лет», «наставляемый — молодой педагог». */
    static String mentee(MenteeKind kind, @Nullable Integer age, @Nullable Integer grade) {
        return switch (kind) {
            case PUPIL -> grade != null ? "наставляемый в " + grade + " классе"
                    : age != null ? "наставляемому " + age + " " + Words.years(age) : "класс наставляемого не указан";
            case TEACHER -> "наставляемый — молодой педагог" + (age != null ? ", " + age + " " + Words.years(age) : "");
            case STUDENT -> "наставляемый — студент" + (age != null ? ", " + age + " " + Words.years(age) : "");
            case OTHER -> age != null ? "наставляемому " + age + " " + Words.years(age) : "возраст наставляемого не указан";
        };
    }
}
