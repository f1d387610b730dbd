package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.practice.PracticeLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The version of a practice every reader sees, as the search index and the exports take it. */
public record PublishedPractice(
        UUID id,
        UUID versionId,
        int version,
        String schoolId,
        String title,
        @Nullable String problem,
        @Nullable String description,
        @Nullable String methods,
        @Nullable String results,
        @Nullable String form,
        @Nullable String formVariant,
        @Nullable String targetGroup,
        List<String> competencies,
        @Nullable Integer year,
        @Nullable PracticeLevel level,
        List<Author> authors,
        List<Participant> participants,
        Instant publishedAt,
        boolean recommended) {
}
