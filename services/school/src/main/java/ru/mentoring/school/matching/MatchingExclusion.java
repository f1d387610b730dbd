package ru.mentoring.school.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.util.UUID;

/** A proposal the curator rejected: that mentor is not proposed for that mentee again. */
@MappedEntity("matching_exclusion")
record MatchingExclusion(@EmbeddedId Key key, String schoolId, @Nullable @DateCreated Instant createdAt) {

    @Embeddable
    record Key(@MappedProperty("mentee_id") UUID menteeId, @MappedProperty("mentor_id") UUID mentorId) {
    }
}
