package ru.mentoring.portal.backend.practices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Practices as the library answers them, status with its Russian title. */
public final class Practices {

    private Practices() {
    }

    @Serdeable
    public record Practice(UUID id, String schoolId, String title, String summary, @Nullable String form,
                           @Nullable List<String> competencies, int year, String status, String statusTitle,
                           @Nullable String rejectionReason, @Nullable Instant reviewedAt,
                           @Nullable Instant createdAt) {
    }

    @Serdeable
    public record Submission(String title, String summary, @Nullable String form, List<String> competencies,
                             Integer year) {
    }
}
