package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a new event repeats every year, read from the date the organiser typed: the same date, the same
 * weekday by its place in the month («первая среда марта»), the month's last such weekday, or the
 * month's last working week. The events service dates every later year by the rule; a date that a rule
 * cannot describe is said next to the field.
 */
enum YearlyRule {

    SAME_DATE("Каждый год в этот же день (например, 2 марта)"),
    SAME_WEEKDAY("Каждый год в этот же день недели месяца (например, первая среда марта)"),
    LAST_WEEKDAY("Каждый год в последний такой день недели месяца (например, последняя пятница марта)"),
    LAST_WEEK("Каждый год в последнюю рабочую неделю месяца (с понедельника)");

    private final String label;

    YearlyRule(String label) {
        this.label = label;
    }

    /** The rule chosen on the form; blank or unknown is «не повторяется». */
    static Optional<YearlyRule> chosen(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (YearlyRule rule : values()) {
            if (rule.name().equals(value.strip())) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    static List<Option> options(@Nullable String chosen) {
        List<Option> options = new ArrayList<>();
        Optional<YearlyRule> picked = chosen(chosen);
        options.add(new Option("", "Не повторяется", picked.isEmpty()));
        for (YearlyRule rule : values()) {
            options.add(new Option(rule.name(), rule.label, picked.filter(rule::equals).isPresent()));
        }
        return options;
    }

    /** Why this rule cannot repeat an event first held on {@code day}, if it cannot. */
    Optional<String> problem(LocalDate day) {
        return switch (this) {
            case SAME_DATE -> day.getMonthValue() == 2 && day.getDayOfMonth() == 29
                    ? Optional.of("29 февраля бывает не каждый год: выберите другое правило") : Optional.empty();
            case SAME_WEEKDAY -> place(day) == 5
                    ? Optional.of("Пятый такой день недели бывает в месяце не каждый год: выберите «последний такой день недели месяца»")
                    : Optional.empty();
            case LAST_WEEKDAY -> day.plusWeeks(1).getMonth() == day.getMonth()
                    ? Optional.of("Это не последний такой день недели месяца: последний — "
                    + Dates.day(day.with(TemporalAdjusters.lastInMonth(day.getDayOfWeek()))))
                    : Optional.empty();
            case LAST_WEEK -> lastWorkingWeek(day).equals(day) ? Optional.empty()
                    : Optional.of("Последняя рабочая неделя этого месяца начинается " + Dates.day(lastWorkingWeek(day))
                    + ": укажите этот понедельник первым днём");
        };
    }

    /** The rule for the events service, read from the first day. */
    Events.Recurrence recurrence(LocalDate day) {
        return switch (this) {
            case SAME_DATE -> new Events.Recurrence("FIXED_DATE", day.getMonthValue(), day.getDayOfMonth(), null, null);
            case SAME_WEEKDAY -> new Events.Recurrence("NTH_WEEKDAY", day.getMonthValue(), null, day.getDayOfWeek().name(),
                    place(day));
            case LAST_WEEKDAY -> new Events.Recurrence("NTH_WEEKDAY", day.getMonthValue(), null, day.getDayOfWeek().name(), -1);
            case LAST_WEEK -> new Events.Recurrence("LAST_WEEK", day.getMonthValue(), null, null, null);
        };
    }

    /** 1 for the month's first such weekday, 2 for the second… */
    private static int place(LocalDate day) {
        return (day.getDayOfMonth() - 1) / 7 + 1;
    }

    /** The Monday of the month's last Monday-to-Friday week, as the events service reckons it. */
    private static LocalDate lastWorkingWeek(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        while (monday.plusDays(4).getMonth() != day.getMonth()) {
            monday = monday.minusWeeks(1);
        }
        return monday;
    }
}
