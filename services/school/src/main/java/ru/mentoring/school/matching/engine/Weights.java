package ru.mentoring.school.matching.engine;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How many points each factor of the fit can give at most; the curator adjusts them. A pair's score is
 * the sum of the points, so with the defaults a perfect fit scores 100.
 */
@Serdeable
public record Weights(int strengths, int form, int subject, int age, int time, int capacity, int ownSchool) {

    public static final int MAX = 100;

    /** Strengths against the request weigh most, then the subject and the age the mentor prefers. */
    public static final Weights DEFAULT = new Weights(40, 5, 20, 15, 10, 5, 5);

    public Weights {
        check(strengths, "сильных сторон");
        check(form, "формы");
        check(subject, "предмета");
        check(age, "возраста");
        check(time, "времени");
        check(capacity, "свободных мест");
        check(ownSchool, "своей школы");
    }

    private static void check(int weight, String what) {
        if (weight < 0 || weight > MAX) {
            throw new IllegalArgumentException("Вес " + what + " должен быть от 0 до " + MAX);
        }
    }
}
