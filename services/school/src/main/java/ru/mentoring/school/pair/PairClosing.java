package ru.mentoring.school.pair;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.model.pair.PairDecision;
import ru.mentoring.model.pair.TerminationInitiator;

import java.util.UUID;

/**
 * The figures a pair's last event carries for monitoring (pair.changed 1.1): counts and codes, never a
 * text anybody wrote.
 */
public record PairClosing(int meetingsHeld, int planDone, int planTotal, @Nullable Integer mentorScore,
                          @Nullable Integer menteeScore, @Nullable PairDecision decision, @Nullable UUID followUpPairId,
                          @Nullable TerminationInitiator initiator, @Nullable String reasonCode) {
}
