package ru.mentoring.portal.municipal;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year, «2026/2027»: from September to the end of August. */
record SchoolYear(int startYear) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{4})");

    /** The year a date falls in: 23.11.2026 and 15.05.2027 are both in 2026/2027. */
    static SchoolYear of(LocalDate date) {
        return new SchoolYear(date.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    /** The year today falls in, in the municipality's time zone. */
    static SchoolYear current() {
        return of(LocalDate.now(Dates.zone()));
    }

    /** «2026/2027» or «2026-2027»; empty when the text is no school year (two consecutive years). */
    static Optional<SchoolYear> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            return Optional.empty();
        }
        return Optional.of(new SchoolYear(Integer.parseInt(m.group(1))));
    }

    /** As the bank and the documents write it. */
    public String label() {
        return startYear + "/" + (startYear + 1);
    }

    /** As it travels in a URL path, where a slash cannot. */
    public String pathSegment() {
        return startYear + "-" + (startYear + 1);
    }

    /** The years the methodist picks from: the last one, this one and the next two. */
    List<SchoolYear> around() {
        return List.of(new SchoolYear(startYear - 1), this, new SchoolYear(startYear + 1), new SchoolYear(startYear + 2));
    }

    /** {@link #around()} for the year select, this one chosen. */
    List<Option> options() {
        return Option.of(around(), SchoolYear::label, SchoolYear::label, this::equals);
    }
}
