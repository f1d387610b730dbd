package ru.mentoring.school.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ru.mentoring.model.pair.TerminationInitiator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pair ended early: who asked, the reason from the school's list, a comment. */
@MappedEntity("pair_termination")
record Termination(@Id UUID pairId, String schoolId, TerminationInitiator initiator, String reason, @Nullable String comment,
                   LocalDate terminatedOn, String terminatedBy, @Nullable @DateCreated Instant createdAt) {
}
