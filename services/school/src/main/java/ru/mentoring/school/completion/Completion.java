package ru.mentoring.school.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ru.mentoring.model.pair.PairDecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** How a pair was completed: its results, the decision to go on or stop, the readiness verdict of a teacher pair. */
@MappedEntity("pair_completion")
record Completion(@Id UUID pairId, String schoolId, String results, PairDecision decision, @Nullable String continueTopic,
                  @Nullable LocalDate continueUntil, @Nullable Readiness readiness, @Nullable UUID followUpPairId,
                  LocalDate completedOn, String completedBy, @Nullable @DateCreated Instant createdAt) {
}
