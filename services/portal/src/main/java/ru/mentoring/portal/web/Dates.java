package ru.mentoring.portal.web;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates as Russian documents write them: 01.09.2026. Moments are shown in the municipality's time
 * zone, {@code PORTAL_TIME_ZONE} (Europe/Moscow unless set): the services keep UTC.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    // strict, so 31.02.2026 is refused rather than quietly read as 28.02.2026
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final ZoneId ZONE = ZoneId.of(System.getenv().getOrDefault("PORTAL_TIME_ZONE", "Europe/Moscow"));

    private Dates() {
    }

    public static String day(@Nullable LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }

    public static String moment(@Nullable Instant instant) {
        return instant == null ? "—" : MOMENT.format(instant.atZone(ZONE));
    }

    /**
     * A date a form sent: the browser's date field gives 2026-09-01, a typed one is 01.09.2026.
     * Null when empty or unreadable; the caller tells the two apart.
     */
    @Nullable
    public static LocalDate parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains(".") ? LocalDate.parse(text, TYPED) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static ZoneId zone() {
        return ZONE;
    }
}
