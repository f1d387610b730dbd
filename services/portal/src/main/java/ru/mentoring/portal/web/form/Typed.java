package ru.mentoring.portal.web.form;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Dates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Form records keep every field as the text typed, so a refused form comes back exactly as the user
 * left it; these read that text for a service, once the form has passed its checks.
 */
public final class Typed {

    private Typed() {
    }

    /** The text without surrounding blanks, or null when nothing was typed. */
    @Nullable
    public static String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The whole number typed, or null when the field is empty or holds no whole number. */
    @Nullable
    public static Integer whole(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An id picked from a list; null when the field is empty or was tampered with. */
    @Nullable
    public static UUID id(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Nullable
    public static LocalDate date(@Nullable String value) {
        return Dates.parse(value);
    }

    /** Ticked checkboxes: the blanks a browser may send dropped, each value once. */
    public static List<String> ticked(@Nullable Collection<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    /** «математика; физика, информатика» → three entries; empty pieces dropped. */
    public static List<String> listed(@Nullable String value) {
        return value == null ? List.of() : ticked(Arrays.asList(value.split("[,;\\n]")));
    }
}
