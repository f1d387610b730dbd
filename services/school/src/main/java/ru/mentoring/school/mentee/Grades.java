package ru.mentoring.school.mentee;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pupil's class as schools write it: «7Б», «7 б», «10-А», «11»; the number is 1 to 11. */
public final class Grades {

    private static final Pattern GRADE = Pattern.compile("^\\s*(1[01]|[1-9])\\s*[-–]?\\s*([А-ЯЁа-яёA-Za-z])?\\s*(класс)?\\s*$",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private Grades() {
    }

    public static boolean valid(@Nullable String grade) {
        return grade != null && GRADE.matcher(grade).matches();
    }

    @Nullable
    public static Integer number(@Nullable String grade) {
        if (grade == null) {
            return null;
        }
        Matcher m = GRADE.matcher(grade);
        return m.matches() ? Integer.parseInt(m.group(1)) : null;
    }

    /** «7 б», «7-б» → «7Б». */
    @Nullable
    public static String normalised(@Nullable String grade) {
        if (grade == null) {
            return null;
        }
        Matcher m = GRADE.matcher(grade);
        if (!m.matches()) {
            return grade.strip();
        }
        return m.group(1) + (m.group(2) == null ? "" : m.group(2).toUpperCase(java.util.Locale.ROOT));
    }
}
