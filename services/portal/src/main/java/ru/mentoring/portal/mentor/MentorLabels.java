package ru.mentoring.portal.mentor;

import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import ru.mentoring.portal.web.Option;

import java.util.Collection;
import java.util.List;

/**
 * Russian names of the mentor bank's codes, as curators and methodists call them. Public: the
 * request, nomination and yearly-list pages show the same mentors.
 */
public final class MentorLabels {

    private MentorLabels() {
    }

    public static String kind(MentorKind kind) {
        return switch (kind) {
            case TEACHER -> "Педагог";
            case PUPIL -> "Обучающийся";
            case PARENT -> "Родитель";
            case UNIVERSITY_STUDENT -> "Студент вуза";
            case EMPLOYER -> "Представитель работодателя";
            case GRADUATE -> "Выпускник";
        };
    }

    public static String visibility(MentorVisibility visibility) {
        return switch (visibility) {
            case SCHOOL -> "Только своя школа";
            case NETWORK -> "Сетевой проект";
            case MUNICIPAL -> "Муниципальный";
        };
    }

    /** A code a newer service version sends and this portal does not know yet is shown as it is. */
    public static String kind(String code) {
        try {
            return kind(MentorKind.valueOf(code));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return code == null ? "—" : code;
        }
    }

    public static String visibility(String code) {
        try {
            return visibility(MentorVisibility.valueOf(code));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return code == null ? "—" : code;
        }
    }

    /** Where the mentor stands in the bank; a status a newer bank sends is shown as it is. */
    public static String status(String code) {
        if (code == null) {
            return "работает";
        }
        return switch (code) {
            case "ACTIVE" -> "работает";
            case "PAUSED" -> "на паузе: новых запросов не принимает";
            case "LEFT" -> "вышел из банка";
            default -> code;
        };
    }

    public static List<Option> statuses(String chosen) {
        return Option.of(List.of("ACTIVE", "PAUSED", "LEFT"), s -> s, s -> switch (s) {
            case "ACTIVE" -> "работают";
            case "PAUSED" -> "на паузе";
            default -> "вышли из банка";
        }, s -> s.equals(chosen));
    }

    /** The mentor's place: «МАОУ СОШ № 1, учитель математики», the organisation for an external mentor. */
    public static String workplace(String school, String organisation, String position) {
        String place = organisation != null && !organisation.isBlank() ? organisation
                : school != null && !school.isBlank() ? school : "";
        if (position != null && !position.isBlank()) {
            place = place.isBlank() ? position : place + ", " + position;
        }
        return place.isBlank() ? "—" : place;
    }

    /** A list as one line of a table cell, «—» when empty. */
    public static String joined(Collection<String> values) {
        return values == null || values.isEmpty() ? "—" : String.join(", ", values);
    }

    public static String yesNo(boolean value) {
        return value ? "да" : "нет";
    }

    /** The categories for a select, {@code chosen} selected. */
    public static List<Option> kinds(String chosen) {
        return Option.of(List.of(MentorKind.values()), MentorKind::name, MentorLabels::kind,
                kind -> kind.name().equals(chosen));
    }

    public static List<Option> visibilities(String chosen) {
        return Option.of(List.of(MentorVisibility.values()), MentorVisibility::name, MentorLabels::visibility,
                visibility -> visibility.name().equals(chosen));
    }
}
