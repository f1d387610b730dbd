package ru.mentoring.practices.practice;

import ru.mentoring.model.practice.PracticeLevel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Object Mother of practice versions: a complete practice of school 1 by the author a@school1.ru. */
final class VersionMother {

    private VersionMother() {
    }

    static PracticeVersion of(VersionStatus status) {
        return withReviewers(status, List.of());
    }

    static PracticeVersion withReviewers(VersionStatus status, List<String> reviewers) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new PracticeVersion(UUID.randomUUID(), UUID.randomUUID(), "1", 1, status, "Наставник рядом",
                "Проблема", "Описание", "Методы", "Результаты", "учитель–учитель", null, "молодые педагоги",
                List.of("проектная деятельность"), 2025, PracticeLevel.SCHOOL,
                List.of(new Author("Автор Практики", "a@school1.ru", null, null)), List.of("a@school1.ru"), List.of(),
                List.of(), true, reviewers, null, null, null, null, null, null, "creator", t, t);
    }
}
