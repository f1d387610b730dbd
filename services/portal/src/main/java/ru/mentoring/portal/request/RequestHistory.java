package ru.mentoring.portal.request;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.form.Typed;

import java.util.List;
import java.util.stream.Stream;

/**
 * The methodist's filters of every school's requests: which ones (waiting, accepted, declined, withdrawn,
 * every decided one), a school, part of the mentor's name, and the days of the decision. Values that
 * cannot be read (a hand-edited address) are ignored.
 */
record RequestHistory(@Nullable String show, @Nullable String school, @Nullable String mentor, @Nullable String from,
                      @Nullable String to) {

    static final List<String> SHOWN = List.of("PENDING", "DECIDED", "ACCEPTED", "DECLINED", "WITHDRAWN");

    static RequestHistory of(@Nullable String show, @Nullable String school, @Nullable String mentor,
                             @Nullable String from, @Nullable String to) {
        String shown = Typed.text(show);
        return new RequestHistory(shown != null && SHOWN.contains(shown) ? shown : null, Typed.text(school),
                Typed.text(mentor), day(from), day(to));
    }

    @Nullable
    String status() {
        return show == null || "DECIDED".equals(show) ? null : show;
    }

    @Nullable
    Boolean decided() {
        return "DECIDED".equals(show) ? Boolean.TRUE : null;
    }

    /** Public, like every method a template calls. */
    public boolean isEmpty() {
        return Stream.of(show, school, mentor, from, to).allMatch(v -> v == null);
    }

    List<Option> shows() {
        return Option.of(SHOWN, s -> s, s -> switch (s) {
            case "PENDING" -> "ожидают решения";
            case "DECIDED" -> "все решённые (история)";
            case "ACCEPTED" -> "принятые";
            case "DECLINED" -> "отклонённые";
            default -> "отозванные школами";
        }, s -> s.equals(show));
    }

    /** A typed day as the bank reads it (2026-09-01), or nothing. */
    @Nullable
    private static String day(@Nullable String typed) {
        var day = Dates.parse(typed);
        return day == null ? null : day.toString();
    }
}
