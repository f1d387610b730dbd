package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A curator puts a mentor of their school forward; the methodist decides. */
public final class Nominations {

    private Nominations() {
    }

    /** Either {@code mentorId} (already in the bank) or {@code profile} (a new mentor of the school). */
    @Serdeable
    public record Nominate(@Nullable String mentorId, @Nullable Profile profile, String target,
                           @Nullable String networkProjectId, @Nullable String motivation) {
    }

    /** The part of the bank's profile a curator knows when nominating a new person. */
    @Serdeable
    public record Profile(@Nullable String fullName, @Nullable String kind, @Nullable Integer capacity,
                          @Nullable String homeSchoolId, @Nullable String position, @Nullable String email,
                          List<String> strengths) {
    }

    /** {@code temporaryPassword} is only in the approval's answer, once. */
    @Serdeable
    public record Nomination(UUID id, @Nullable UUID mentorId, @Nullable String mentorName,
                             @Nullable String schoolId, @Nullable String target, @Nullable UUID networkProjectId,
                             @Nullable String motivation, @Nullable String status, @Nullable String reason,
                             @Nullable String nominatedBy, @Nullable Instant createdAt, @Nullable Instant decidedAt,
                             @Nullable String accountUsername, @Nullable String temporaryPassword,
                             @Nullable String schoolName, @Nullable String nominatedByName,
                             @Nullable String decidedByName) {

        @io.micronaut.core.annotation.Creator
        public Nomination {
        }

        public Nomination(UUID id, UUID mentorId, String mentorName, String schoolId, String target,
                          UUID networkProjectId, String motivation, String status, String reason, String nominatedBy,
                          Instant createdAt, Instant decidedAt, String accountUsername, String temporaryPassword) {
            this(id, mentorId, mentorName, schoolId, target, networkProjectId, motivation, status, reason, nominatedBy,
                    createdAt, decidedAt, accountUsername, temporaryPassword, null, null, null);
        }
    }
}
