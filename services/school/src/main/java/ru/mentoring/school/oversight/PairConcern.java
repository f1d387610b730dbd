package ru.mentoring.school.oversight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A concern the curator flagged on a pair with a minor: shown on the board and on the pair. */
@MappedEntity("pair_concern")
record PairConcern(@Id UUID id, String schoolId, UUID pairId, String text, String createdBy,
                   @Nullable @DateCreated Instant createdAt) {
}
