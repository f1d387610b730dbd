package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A practice across its versions: its school, where it came from, which version readers see
 * ({@code publishedVersion}, null while nothing is public) and the methodist's "recommended for
 * competition". The text lives in {@link PracticeVersion}.
 */
@MappedEntity("practice")
record Practice(
        @Id UUID id,
        String schoolId,
        Origin origin,
        @Nullable UUID proposalId,
        @Nullable String sourceRef,
        @Nullable String note,
        @Nullable Integer publishedVersion,
        int latestVersion,
        boolean recommended,
        @Nullable Instant recommendedAt,
        @Nullable String recommendedBy,
        @Nullable String withdrawnReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    Practice withLatest(int number, Instant at) {
        return new Practice(id, schoolId, origin, proposalId, sourceRef, note, publishedVersion, number, recommended,
                recommendedAt, recommendedBy, withdrawnReason, createdBy, createdAt, at);
    }

    Practice published(int number, Instant at) {
        return new Practice(id, schoolId, origin, proposalId, sourceRef, note, number, latestVersion, recommended,
                recommendedAt, recommendedBy, null, createdBy, createdAt, at);
    }

    Practice takenDown(String reason, Instant at) {
        return new Practice(id, schoolId, origin, proposalId, sourceRef, note, null, latestVersion, false,
                null, null, reason, createdBy, createdAt, at);
    }

    Practice recommended(boolean value, String by, Instant at) {
        return new Practice(id, schoolId, origin, proposalId, sourceRef, note, publishedVersion, latestVersion, value,
                value ? at : null, value ? by : null, withdrawnReason, createdBy, createdAt, at);
    }
}
