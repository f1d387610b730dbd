package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;

import java.util.List;
import java.util.Map;

/** Russian words for the library's codes: levels, facet names, sort orders. */
final class PracticeLabels {

    static final Map<String, String> LEVELS = Map.of("SCHOOL", "школьный", "MUNICIPAL", "муниципальный",
            "REGIONAL", "региональный");
    static final Map<String, String> FACETS = Map.of("form", "Форма наставничества", "competency", "Компетенции",
            "school", "Школа", "year", "Год", "level", "Уровень", "targetGroup", "Целевая группа");
    static final List<String> FACET_ORDER = List.of("form", "competency", "targetGroup", "school", "year", "level");

    private PracticeLabels() {
    }

    static String level(@Nullable String code) {
        return code == null ? "" : LEVELS.getOrDefault(code, code);
    }

    static List<Option> levels(@Nullable String chosen) {
        return List.of(new Option("SCHOOL", "Школьный", "SCHOOL".equals(chosen)),
                new Option("MUNICIPAL", "Муниципальный", "MUNICIPAL".equals(chosen)),
                new Option("REGIONAL", "Региональный", "REGIONAL".equals(chosen)));
    }

    static List<Option> sorts(@Nullable String chosen) {
        String sort = chosen == null || chosen.isBlank() ? "relevance" : chosen;
        return List.of(new Option("relevance", "по релевантности", sort.equals("relevance")),
                new Option("date", "сначала новые", sort.equals("date")),
                new Option("rating", "по оценке", sort.equals("rating")));
    }

    /** «4,5 ★ (12 оценок)», or «оценок нет». */
    static String rating(double average, int count) {
        if (count == 0) {
            return "оценок нет";
        }
        return String.format(java.util.Locale.of("ru"), "%.1f ★ (%d %s)", average, count, plural(count, "оценка", "оценки", "оценок"));
    }

    static String plural(long n, String one, String few, String many) {
        long mod100 = n % 100;
        long mod10 = n % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return many;
        }
        return mod10 == 1 ? one : mod10 >= 2 && mod10 <= 4 ? few : many;
    }
}
