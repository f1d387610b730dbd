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

    /** The bank names the mentor, the school and the people who asked and decided; the logins are kept too. */
    @Serdeable
    public record Request(UUID id, UUID mentorId, String requestingSchoolId, @Nullable String need, String status,
                          @Nullable String decisionReason, @Nullable String requestedBy, @Nullable String decidedBy,
                          @Nullable Instant createdAt, @Nullable Instant decidedAt, @Nullable String mentorName,
                          @Nullable String requestingSchoolName, @Nullable String requestedByName,
                          @Nullable String decidedByName) {

        @io.micronaut.core.annotation.Creator
        public Request {
        }

        public Request(UUID id, UUID mentorId, String requestingSchoolId, String need, String status,
                       String decisionReason, String requestedBy, String decidedBy, Instant createdAt,
                       Instant decidedAt) {
            this(id, mentorId, requestingSchoolId, need, status, decisionReason, requestedBy, decidedBy, createdAt,
                    decidedAt, null, null, null, null);
        }
    }
}
