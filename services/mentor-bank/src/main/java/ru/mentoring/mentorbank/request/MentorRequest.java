package ru.mentoring.mentorbank.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
@MappedEntity("mentor_request")
record MentorRequest(@Id UUID id, UUID mentorId, String requestingSchoolId, String need, Status status,
                     @Nullable String decisionReason, String requestedBy, @Nullable String decidedBy,
                     @Nullable @DateCreated Instant createdAt, @Nullable Instant decidedAt) {

    enum Status {
        PENDING,
        ACCEPTED,
        DECLINED
    }

    MentorRequest decided(Status status, @Nullable String reason, String by, Instant at) {
        return new MentorRequest(id, mentorId, requestingSchoolId, need, status, reason, requestedBy, by, createdAt, at);
    }
}
