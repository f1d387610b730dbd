package ru.mentoring.model.pair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Version 1 of a pair's (or group's) state. {@code menteeKeys} are random keys the school keeps for its
 * mentees, meaningless anywhere else; {@code seats} is how many of the mentor's places the pair takes
 * (one per mentee). {@code endedOn} is set once the pair ended. Within version 1 only optional fields may
 * be added.
 */
@Serdeable
public record PairChangedV1(
        UUID pairId,
        String schoolId,
        UUID mentorId,
        String form,
        PairFormation formation,
        PairStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        List<UUID> menteeKeys,
        int seats,
        @Nullable LocalDate endedOn) {
}
