package ru.mentoring.mentorbank.yearlist;

import java.time.LocalDate;
import java.time.Month;

/** School years run from the first of September: «2026/2027». */
final class SchoolYears {

    private SchoolYears() {
    }

    static String of(LocalDate day) {
        int start = day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? day.getYear() : day.getYear() - 1;
        return start + "/" + (start + 1);
    }

    static String next(String year) {
        int start = Integer.parseInt(year.substring(0, 4)) + 1;
        return start + "/" + (start + 1);
    }

    static String previous(String year) {
        int start = Integer.parseInt(year.substring(0, 4)) - 1;
        return start + "/" + (start + 1);
    }
}
