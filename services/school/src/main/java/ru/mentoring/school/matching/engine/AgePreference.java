package ru.mentoring.school.matching.engine;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom a mentor prefers, read from what they wrote: classes («5–7 классы», «с 5 по 7 класс», «8-е классы»,
 * «VII–IX кл.», «старшеклассники», «начальная школа»), ages («14–17 лет», «от 12 лет», «до 14 лет»,
 * «старше 14», «12+», «подростки») and groups («молодые педагоги», «педагоги со стажем до 3 лет»,
 * «студенты», «взрослые», «любой возраст»).
 *
 * @param grades bit g set = class g (1–11)
 * @param ages   bit a set = age a (0–63; 63 stands for any older age)
 * @param groups {@link #YOUNG_TEACHERS}, {@link #TEACHERS}, {@link #STUDENTS}, {@link #ADULTS}
 */
record AgePreference(int grades, long ages, int groups, boolean any) {

    static final int YOUNG_TEACHERS = 1;
    static final int TEACHERS = 2;
    static final int STUDENTS = 4;
    static final int ADULTS = 8;

    static final AgePreference NONE = new AgePreference(0, 0, 0, false);

    static final int ALL_GRADES = grades(1, 11);

    boolean known() {
        return any || grades != 0 || ages != 0 || groups != 0;
    }

    static AgePreference parse(@Nullable String text) {
        return text == null || text.isBlank() ? NONE : new AgeTextParser(text).parse();
    }

    static int grades(int from, int to) {
        int mask = 0;
        for (int g = Math.max(1, from); g <= Math.min(11, to); g++) {
            mask |= 1 << g;
        }
        return mask;
    }

    static long ages(int from, int to) {
        long mask = 0;
        for (int a = Math.max(0, from); a <= Math.min(63, to); a++) {
            mask |= 1L << a;
        }
        return mask;
    }

    boolean hasGrade(int grade) {
        return grade >= 1 && grade <= 11 && (grades & (1 << grade)) != 0;
    }

    boolean hasAge(int age) {
        return age >= 0 && (ages & (1L << Math.min(age, 63))) != 0;
    }

    /** «5–7 классы, 14–17 лет, молодые педагоги». */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (any) {
            parts.add("любой возраст");
        }
        if (grades != 0) {
            parts.add(spans(grades, 1, 11, true) + (Integer.bitCount(grades) == 1 ? " класс" : " классы"));
        }
        if (ages != 0) {
            parts.add(ageSpans());
        }
        if ((groups & YOUNG_TEACHERS) != 0) {
            parts.add("молодые педагоги");
        }
        if ((groups & TEACHERS) != 0) {
            parts.add("педагоги");
        }
        if ((groups & STUDENTS) != 0) {
            parts.add("студенты");
        }
        if ((groups & ADULTS) != 0) {
            parts.add("взрослые");
        }
        return String.join(", ", parts);
    }

    private String ageSpans() {
        int lowest = Long.numberOfTrailingZeros(ages);
        boolean open = (ages & (1L << 63)) != 0;
        long contiguous = ages(lowest, 63);
        if (open && ages == contiguous) {
            return "от " + lowest + " " + Words.years(lowest);
        }
        if (lowest == 0 && Long.bitCount(ages) == 64 - Long.numberOfLeadingZeros(ages)) {
            int highest = 63 - Long.numberOfLeadingZeros(ages);
            return "до " + highest + " " + Words.years(highest);
        }
        int highest = 63 - Long.numberOfLeadingZeros(ages);
        String spans = spans(ages, 0, 63, false);
        return spans + " " + Words.years(highest);
    }

    private static String spans(long mask, int from, int to, boolean grades) {
        List<String> spans = new ArrayList<>();
        int v = from;
        while (v <= to) {
            if ((mask & (1L << v)) == 0) {
                v++;
                continue;
            }
            int start = v;
            while (v <= to && (mask & (1L << v)) != 0) {
                v++;
            }
            spans.add(v - 1 == start ? String.valueOf(start) : start + "–" + (v - 1));
        }
        return String.join(", ", spans);
    }
}
