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
 *
 * <p>Version 1.1 adds what monitoring counts, all optional and set on the event that ends the pair
 * (completion or early termination): {@code meetingsHeld}, {@code planDone} / {@code planTotal} (tasks of
 * the development plan), {@code mentorScore} / {@code menteeScore} (the mutual assessment, 1–10),
 * {@code decision} (continue or stop), {@code followUpPairId} (the pair that continues it),
 * {@code terminationInitiator} and {@code terminationReason} (the school's code of the reason). Figures
 * only: never a name, a text or anything else a person wrote.
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
        @Nullable LocalDate endedOn,
        @Nullable Integer meetingsHeld,
        @Nullable Integer planDone,
        @Nullable Integer planTotal,
        @Nullable Integer mentorScore,
        @Nullable Integer menteeScore,
        @Nullable PairDecision decision,
        @Nullable UUID followUpPairId,
        @Nullable TerminationInitiator terminationInitiator,
        @Nullable String terminationReason) {

    /** A state without the monitoring figures of 1.1 (every event but the one that ends the pair). */
    public PairChangedV1(UUID pairId, String schoolId, UUID mentorId, String form, PairFormation formation,
                         PairStatus status, LocalDate startsOn, LocalDate endsOn, List<UUID> menteeKeys, int seats,
                         @Nullable LocalDate endedOn) {
        this(pairId, schoolId, mentorId, form, formation, status, startsOn, endsOn, menteeKeys, seats, endedOn,
                null, null, null, null, null, null, null, null, null);
    }
}
