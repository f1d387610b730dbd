package ru.mentoring.portal.matching;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A mentor proposed for a mentee with the score explained part by part, as the matching and mutual-choice
 * pages show it: each factor's Russian name, its points and the service's reason.
 */
public record Explained(UUID mentorId, String mentorName, String score, List<Part> parts) {

    static final Map<String, String> FACTORS = Map.of(
            "strengths", "Сильные стороны и запрос",
            "form", "Форма наставничества",
            "subject", "Предмет",
            "age", "Желаемый возраст",
            "time", "Свободное время",
            "capacity", "Свободные места",
            "ownSchool", "Наставник своей школы");

    public static Explained of(UUID mentorId, @Nullable String mentorName, double score,
                               List<Matching.Reason> reasons) {
        return new Explained(mentorId, mentorName == null || mentorName.isBlank() ? "наставник" : mentorName,
                number(score), reasons.stream().map(Part::of).toList());
    }

    public static Explained of(Matching.Candidate c) {
        return of(c.mentorId(), c.mentorName(), c.score(), c.reasonList());
    }

    /** 87, 87,5: a score as a Russian reads a number. */
    static String number(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    /** One factor of the score. */
    public record Part(String factor, String points, String text) {

        static Part of(Matching.Reason r) {
            String title = FACTORS.getOrDefault(r.factor() == null ? "" : r.factor(), "Другое");
            String points = r.points() > 0 ? "+" + number(r.points()) : r.points() < 0
                    ? "−" + number(-r.points()) : "0";
            return new Part(title, points, r.text() == null ? "" : r.text());
        }
    }
}
