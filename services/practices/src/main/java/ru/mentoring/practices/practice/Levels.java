package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.practice.PracticeLevel;

/** Russian names of the levels a practice was implemented at. */
public final class Levels {

    private Levels() {
    }

    public static String title(@Nullable PracticeLevel level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case SCHOOL -> "Школьный";
            case MUNICIPAL -> "Муниципальный";
            case REGIONAL -> "Региональный";
        };
    }
}
