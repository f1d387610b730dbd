package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A school asks for a mentor from the directory; the mentor or the methodist decides. */
public final class MentorRequests {

    private MentorRequests() {
    }

    @Serdeable
    public record Ask(String mentorId, String need) {
    }

    @Serdeable
    public record Request(UUID id, UUID mentorId, String requestingSchoolId, @Nullable String need, String status,
                          @Nullable String decisionReason, @Nullable String requestedBy, @Nullable String decidedBy,
                          @Nullable Instant createdAt, @Nullable Instant decidedAt) {
    }
}
