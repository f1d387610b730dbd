package ru.mentoring.portal.mentor;

import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

/** Russian names of the mentor bank's codes, as curators and methodists call them. */
final class MentorLabels {

    private MentorLabels() {
    }

    static String kind(MentorKind kind) {
        return switch (kind) {
            case TEACHER -> "Педагог";
            case PUPIL -> "Обучающийся";
            case PARENT -> "Родитель";
            case UNIVERSITY_STUDENT -> "Студент вуза";
            case EMPLOYER -> "Представитель работодателя";
            case GRADUATE -> "Выпускник";
        };
    }

    static String visibility(MentorVisibility visibility) {
        return switch (visibility) {
            case SCHOOL -> "Только своя школа";
            case NETWORK -> "Сетевой проект";
            case MUNICIPAL -> "Муниципальный";
        };
    }

    /** A code a newer service version sends and this portal does not know yet is shown as it is. */
    static String kind(String code) {
        try {
            return kind(MentorKind.valueOf(code));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return code == null ? "—" : code;
        }
    }

    static String visibility(String code) {
        try {
            return visibility(MentorVisibility.valueOf(code));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return code == null ? "—" : code;
        }
    }
}
