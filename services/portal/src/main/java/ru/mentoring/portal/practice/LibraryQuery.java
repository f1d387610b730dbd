package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.form.Typed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A search of the library as the address carries it: the words, each facet's ticked values, the order
 * and the page. Values the library would not understand are dropped, never an error.
 */
record LibraryQuery(String q, Map<String, List<String>> filters, String sort, int page) {

    static LibraryQuery of(@Nullable String q, @Nullable List<String> form, @Nullable List<String> competency,
                           @Nullable List<String> school, @Nullable List<String> year, @Nullable List<String> level,
                           @Nullable List<String> targetGroup, @Nullable String sort, @Nullable String page) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("form", Typed.ticked(form));
        filters.put("competency", Typed.ticked(competency));
        filters.put("school", Typed.ticked(school));
        filters.put("year", Typed.ticked(year).stream().filter(y -> y.matches("\\d{4}")).toList());
        filters.put("level", Typed.ticked(level).stream().filter(PracticeLabels.LEVELS::containsKey).toList());
        filters.put("targetGroup", Typed.ticked(targetGroup));
        String order = sort != null && List.of("relevance", "date", "rating").contains(sort) ? sort : "relevance";
        Integer number = Typed.whole(page);
        return new LibraryQuery(q == null ? "" : q.strip(), filters, order,
                number == null || number < 1 || number > 500 ? 1 : number);
    }

    List<String> of(String dim) {
        return filters.getOrDefault(dim, List.of());
    }

    public boolean filtered() {
        return filters.values().stream().anyMatch(v -> !v.isEmpty());
    }

    /** The address of this search at another page. */
    String at(int otherPage) {
        var query = new StringJoiner("&", "/practices?", "");
        if (!q.isBlank()) {
            query.add("q=" + encode(q));
        }
        filters.forEach((dim, values) -> values.forEach(v -> query.add(dim + "=" + encode(v))));
        query.add("sort=" + sort);
        query.add("page=" + otherPage);
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
