package ru.mentoring.practices.rating;

import io.micronaut.serde.annotation.Serdeable;

/** Average stars (one decimal) and how many people rated. */
@Serdeable
public record RatingSummary(double average, int count) {

    public static final RatingSummary NONE = new RatingSummary(0, 0);
}
