package ru.mentoring.practices.review;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;

/**
 * What experts score a practice against, each from 0 to {@link #MAX}: the usual criteria of municipal
 * practice competitions and of the target model's bank of practices.
 */
enum Criterion {
    RELEVANCE("Актуальность и обоснованность проблемы"),
    NOVELTY("Новизна и оригинальность"),
    EFFECTIVENESS("Результативность, подтверждённая данными"),
    REPLICABILITY("Возможность применения в других школах"),
    TARGET_MODEL("Соответствие целевой модели наставничества"),
    QUALITY("Полнота описания и качество материалов");

    static final int MAX = 5;

    private final String title;

    Criterion(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    @Serdeable
    record Info(String code, String title, int max) {
    }

    static List<Info> catalogue() {
        return Arrays.stream(values()).map(c -> new Info(c.name(), c.title, MAX)).toList();
    }
}
