package ru.mentoring.mentorbank.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ru.mentoring.model.mentor.MentorVisibility;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("nomination")
record Nomination(@Id UUID id, UUID mentorId, String schoolId, MentorVisibility target, @Nullable UUID networkProjectId,
                  @Nullable String motivation, Status status, @Nullable String reason, String nominatedBy,
                  @Nullable String decidedBy, @Nullable @DateCreated Instant createdAt, @Nullable Instant decidedAt) {

    enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    Nomination decided(Status status, @Nullable String reason, String by, Instant at) {
        return new Nomination(id, mentorId, schoolId, target, networkProjectId, motivation, status, reason, nominatedBy,
                by, createdAt, at);
    }
}
