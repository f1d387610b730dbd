package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentee base's codes in Russian, for the selects and for showing a code the school service sent
 * without its title. A code the portal does not know is shown as «—», never as the code.
 */
public final class MenteeLabels {

    static final Map<String, String> KINDS = ordered("TEACHER", "молодой педагог", "PUPIL", "обучающийся",
            "STUDENT", "студент", "OTHER", "другое");
    static final Map<String, String> STATUSES = ordered("CANDIDATE", "кандидат", "IN_PAIR", "в паре",
            "COMPLETED", "завершил программу", "ARCHIVED", "в архиве");
    static final Map<String, String> SOURCES = ordered("QUESTIONNAIRE", "анкетирование",
            "SELF_APPLICATION", "заявка самого наставляемого", "TEACHER_NOMINATION", "выдвижение педагогом",
            "PSYCHOLOGIST_NOMINATION", "выдвижение педагогом-психологом", "CURATOR", "внесён куратором");

    private MenteeLabels() {
    }

    public static String kind(@Nullable String code) {
        return KINDS.getOrDefault(code == null ? "" : code, "—");
    }

    public static String status(@Nullable String code) {
        return STATUSES.getOrDefault(code == null ? "" : code, "—");
    }

    static List<Option> kinds(@Nullable String chosen) {
        return options(KINDS, chosen);
    }

    static List<Option> statuses(@Nullable String chosen) {
        return options(STATUSES, chosen);
    }

    static List<Option> sources(@Nullable String chosen) {
        return options(SOURCES, chosen);
    }

    /** The pupil's class or the teacher's position: where the mentee is, in one line. */
    public static String place(@Nullable String grade, @Nullable String position) {
        if (grade != null && !grade.isBlank()) {
            return grade.strip() + " класс";
        }
        return position == null || position.isBlank() ? "—" : position.strip();
    }

    /** «Name — 9А класс», or the name alone when neither class nor position is known. */
    public static String withPlace(String fullName, @Nullable String grade, @Nullable String position) {
        String place = place(grade, position);
        return "—".equals(place) ? fullName : fullName + " — " + place;
    }

    private static List<Option> options(Map<String, String> labels, @Nullable String chosen) {
        return Option.of(labels.entrySet(), Map.Entry::getKey, Map.Entry::getValue,
                e -> e.getKey().equals(chosen == null ? "" : chosen.strip()));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
