package ru.mentoring.mentorbank.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Instant;
import java.util.UUID;

/**
 * A school's request for a mentor of another school or of the municipal bank. People are kept by login
 * and by the name their token carried, so every list names them.
 */
@Serdeable
@MappedEntity("mentor_request")
record MentorRequest(@Id UUID id, UUID mentorId, String requestingSchoolId, String need, Status status,
                     @Nullable String decisionReason, String requestedBy, @Nullable String decidedBy,
                     @Nullable @DateCreated Instant createdAt, @Nullable Instant decidedAt,
                     @Nullable String requestedByName, @Nullable String decidedByName) {

    enum Status {
        PENDING,
        ACCEPTED,
        DECLINED,
        /** the requesting school took the request back before a decision; its seat went back */
        WITHDRAWN
    }

    /** Taken once: a second decision (or a withdrawal after one) is refused. */
    MentorRequest decided(Status status, @Nullable String reason, String by, String byName, Instant at) {
        if (this.status != Status.PENDING) {
            throw BusinessRuleException.conflict("По этому запросу уже принято решение");
        }
        return new MentorRequest(id, mentorId, requestingSchoolId, need, status, reason, requestedBy, by, createdAt, at,
                requestedByName, byName);
    }
}
