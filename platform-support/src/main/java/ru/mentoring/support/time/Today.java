package ru.mentoring.support.time;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" where the schools are: the services keep instants in UTC, but a deadline passes at midnight
 * in the municipality's time zone ({@code mentoring.time-zone}, Europe/Moscow unless set).
 */
@Singleton
public class Today {

    private final Clock clock;
    private final ZoneId zone;

    Today(Clock clock, @Value("${mentoring.time-zone:Europe/Moscow}") String zone) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The school year a day belongs to: September to August, written 2026/2027. */
    public static String schoolYearOf(LocalDate day) {
        int start = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return start + "/" + (start + 1);
    }

    public String schoolYear() {
        return schoolYearOf(date());
    }

    /** The first of September that opens the given school year ("2026/2027" → 2026-09-01). */
    public static LocalDate schoolYearStart(String schoolYear) {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 9, 1);
    }

    /**
     * The 31st of May that closes the school year holding {@code day}, nine months on if that is past: the
     * term a new pair is offered by default.
     */
    public static LocalDate endOfSchoolYear(LocalDate day) {
        int endYear = day.getMonthValue() >= 9 ? day.getYear() + 1 : day.getYear();
        LocalDate end = LocalDate.of(endYear, 5, 31);
        return end.isAfter(day) ? end : day.plusMonths(9);
    }
}
