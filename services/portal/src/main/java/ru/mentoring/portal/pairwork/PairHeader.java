package ru.mentoring.portal.pairwork;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Dates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What every page of a pair's work shows above its form, from whichever call the side may make: the
 * heading, the status, the term, the mentees as this side may see them, and where «назад» leads.
 * {@code minorsPair}: a pupil among the mentees (the curator may flag a concern).
 */
public record PairHeader(UUID id, Side side, String heading, String status, String statusTitle, boolean teacherPair,
                         boolean minorsPair, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                         List<Person> mentees) {

    public String back() {
        return side.page(id);
    }

    public String term() {
        return Dates.day(startsOn) + " — " + Dates.day(endsOn);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    /** A mentee as this side may name them: the full name in the school, a first name and class elsewhere. */
    public record Person(@Nullable UUID id, String label) {
    }
}
