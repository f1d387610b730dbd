package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A line of a list (my practices, the review queue): the practice with one of its versions. */
@Serdeable
public record PracticeSummary(UUID id, String schoolId, String title, int version, VersionStatus status,
                              String statusTitle, @Nullable Integer publishedVersion, Origin origin,
                              List<String> reviewers, @Nullable Instant submittedAt, Instant updatedAt) {
}
