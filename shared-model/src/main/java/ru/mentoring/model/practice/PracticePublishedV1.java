package ru.mentoring.model.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Version 1 of a practice the library has published: public to every school from this moment.
 * {@code schoolId} is the school that submitted it. Within version 1 only optional fields may be added.
 */
@Serdeable
public record PracticePublishedV1(
        UUID id,
        String schoolId,
        String title,
        String summary,
        @Nullable String form,
        @Nullable List<String> competencies,
        int year,
        Instant publishedAt) {
}
