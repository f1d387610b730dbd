package ru.mentoring.portal.pair;

import java.time.LocalDate;

/** The term a new pair is offered by default: from today to the end of May of the school year. */
public final class Terms {

    private Terms() {
    }

    /** The 31st of May that closes the school year holding {@code day}; nine months on if that is past. */
    public static LocalDate endOfSchoolYear(LocalDate day) {
        int endYear = day.getMonthValue() >= 9 ? day.getYear() + 1 : day.getYear();
        LocalDate end = LocalDate.of(endYear, 5, 31);
        return end.isAfter(day) ? end : day.plusMonths(9);
    }
}
