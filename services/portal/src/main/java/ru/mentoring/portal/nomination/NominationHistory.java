package ru.mentoring.portal.nomination;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.form.Typed;

import java.util.List;
import java.util.stream.Stream;

/**
 * The methodist's filters of decided nominations: approved or rejected, a school, where to, part of the
 * mentor's name, the days of the decision. Values that cannot be read are ignored.
 */
record NominationHistory(@Nullable String status, @Nullable String school, @Nullable String target,
                         @Nullable String mentor, @Nullable String from, @Nullable String to) {

    static NominationHistory of(@Nullable String status, @Nullable String school, @Nullable String target,
                                @Nullable String mentor, @Nullable String from, @Nullable String to) {
        String s = Typed.text(status);
        String t = Typed.text(target);
        return new NominationHistory(s != null && List.of("APPROVED", "REJECTED").contains(s) ? s : null,
                Typed.text(school), t != null && List.of("MUNICIPAL", "NETWORK").contains(t) ? t : null,
                Typed.text(mentor), day(from), day(to));
    }

    /** Public, like every method a template calls. */
    public boolean isEmpty() {
        return Stream.of(status, school, target, mentor, from, to).allMatch(v -> v == null);
    }

    List<Option> statuses() {
        return Option.of(List.of("APPROVED", "REJECTED"), s -> s, s -> "APPROVED".equals(s) ? "одобренные" : "отклонённые",
                s -> s.equals(status));
    }

    List<Option> targets() {
        return Option.of(List.of("MUNICIPAL", "NETWORK"), t -> t,
                t -> "MUNICIPAL".equals(t) ? "в муниципальный банк" : "в сетевые проекты", t -> t.equals(target));
    }

    @Nullable
    private static String day(@Nullable String typed) {
        var day = Dates.parse(typed);
        return day == null ? null : day.toString();
    }
}
