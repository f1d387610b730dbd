package ru.mentoring.events.series;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a yearly event falls: a fixed date («2 марта»), the n-th (or last) weekday of a month («первая
 * среда марта»), or the last full working week of a month («последняя неделя марта», Monday to Friday
 * inside the month). Pure date arithmetic, no clock.
 */
@Serdeable
public record Recurrence(@NotNull(message = "Укажите правило повторения") Rule rule,
                         @NotNull(message = "Укажите месяц") @Min(value = 1, message = "Месяц — от 1 до 12") @Max(value = 12, message = "Месяц — от 1 до 12") Integer month,
                         @Nullable @Min(value = 1, message = "День — от 1 до 31") @Max(value = 31, message = "День — от 1 до 31") Integer day,
                         @Nullable DayOfWeek weekday,
                         @Nullable @Min(value = -1, message = "Номер недели — от 1 до 5 или −1 (последняя)") @Max(value = 5, message = "Номер недели — от 1 до 5 или −1 (последняя)") Integer ordinal) {

    public enum Rule {
        FIXED_DATE,
        NTH_WEEKDAY,
        LAST_WEEK
    }

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String[] MASCULINE = {"", "первый", "второй", "третий", "четвёртый", "пятый"};
    private static final String[] FEMININE = {"", "первая", "вторая", "третья", "четвёртая", "пятая"};
    private static final String[] NEUTER = {"", "первое", "второе", "третье", "четвёртое", "пятое"};

    /** Every reason the rule cannot give a date, at once. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (rule == Rule.FIXED_DATE && day == null) {
            problems.add("Для даты укажите день месяца");
        }
        if (rule == Rule.FIXED_DATE && day != null && month != null && day > Month.of(month).maxLength()) {
            problems.add("В этом месяце нет " + day + "-го числа");
        }
        if (rule == Rule.NTH_WEEKDAY && (weekday == null || ordinal == null || ordinal == 0)) {
            problems.add("Укажите день недели и его номер в месяце (1–5 или −1 для последнего)");
        }
        return problems;
    }

    /** The first day of the event in this year; empty when the month has no such day (a fifth Wednesday). */
    public java.util.Optional<LocalDate> dateIn(int year) {
        LocalDate first = LocalDate.of(year, month, 1);
        return switch (rule) {
            case FIXED_DATE -> day <= first.lengthOfMonth() ? java.util.Optional.of(first.withDayOfMonth(day)) : java.util.Optional.empty();
            case NTH_WEEKDAY -> {
                LocalDate date = ordinal == -1 ? first.with(TemporalAdjusters.lastInMonth(weekday))
                        : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
                yield date.getMonthValue() == month ? java.util.Optional.of(date) : java.util.Optional.empty();
            }
            case LAST_WEEK -> {
                LocalDate monday = first.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
                while (monday.plusDays(4).getMonthValue() != month) {
                    monday = monday.minusWeeks(1);
                }
                yield java.util.Optional.of(monday);
            }
        };
    }

    /** The rule in Russian, as the portal prints it: «первая среда марта». */
    public String inWords() {
        String monthGenitive = Month.of(month).getDisplayName(TextStyle.FULL, RU);
        return switch (rule) {
            case FIXED_DATE -> day + " " + monthGenitive + " каждого года";
            case NTH_WEEKDAY -> ordinalWord() + " " + weekdayName() + " " + monthGenitive;
            case LAST_WEEK -> "последняя неделя " + monthGenitive;
        };
    }

    private String ordinalWord() {
        return switch (weekday) {
            case WEDNESDAY, FRIDAY, SATURDAY -> ordinal == -1 ? "последняя" : FEMININE[ordinal];
            case SUNDAY -> ordinal == -1 ? "последнее" : NEUTER[ordinal];
            default -> ordinal == -1 ? "последний" : MASCULINE[ordinal];
        };
    }

    private String weekdayName() {
        String name = weekday.getDisplayName(TextStyle.FULL, RU).toLowerCase(RU);
        return name;
    }
}
