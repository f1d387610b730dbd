package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expert's scoring sheet as typed: one score (0–5) per criterion of the library, the comment, and
 * the button pressed («submit» hands the sheet to the methodist, «save» keeps it as a draft).
 */
@Introspected
@Serdeable
record SheetFields(
        @Nullable @WholeNumber(min = 0, max = 5, message = "Оценка — от 0 до 5") String relevance,
        @Nullable @WholeNumber(min = 0, max = 5, message = "Оценка — от 0 до 5") String novelty,
        @Nullable @WholeNumber(min = 0, max = 5, message = "Оценка — от 0 до 5") String effectiveness,
        @Nullable @WholeNumber(min = 0, max = 5, message = "Оценка — от 0 до 5") String replicability,
        @Nullable @WholeNumber(min = 0, max = 5, message = "Оценка — от 0 до 5") String targetModel,
        @Nullable @WholeNumber(min = 0, max = 5, message = "Оценка — от 0 до 5") String quality,
        @Nullable @Size(max = 5000, message = "Комментарий эксперта не длиннее 5000 символов") String comment,
        @Nullable String action) {

    /** Form field → the library's criterion code. */
    static final Map<String, String> CODES = Map.of("relevance", "RELEVANCE", "novelty", "NOVELTY",
            "effectiveness", "EFFECTIVENESS", "replicability", "REPLICABILITY", "targetModel", "TARGET_MODEL",
            "quality", "QUALITY");

    static SheetFields of(@Nullable Practices.Sheet mine) {
        Map<String, Integer> s = mine == null || mine.scores() == null ? Map.of() : mine.scores();
        return new SheetFields(text(s.get("RELEVANCE")), text(s.get("NOVELTY")), text(s.get("EFFECTIVENESS")),
                text(s.get("REPLICABILITY")), text(s.get("TARGET_MODEL")), text(s.get("QUALITY")),
                mine == null || mine.comment() == null ? "" : mine.comment(), null);
    }

    String value(String field) {
        return switch (field) {
            case "relevance" -> relevance;
            case "novelty" -> novelty;
            case "effectiveness" -> effectiveness;
            case "replicability" -> replicability;
            case "targetModel" -> targetModel;
            case "quality" -> quality;
            default -> null;
        };
    }

    Practices.SheetForm toSheet() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        CODES.forEach((field, code) -> {
            Integer score = Typed.whole(value(field));
            if (score != null) {
                scores.put(code, score);
            }
        });
        return new Practices.SheetForm(scores, Typed.text(comment), "submit".equals(action));
    }

    private static String text(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }
}
