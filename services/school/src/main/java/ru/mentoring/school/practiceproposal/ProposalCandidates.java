package ru.mentoring.school.practiceproposal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * What the proposal form shows: whether the pair was proposed already, and each mentee with the
 * distribution consent that would let the practice name them (none: they stay out of it).
 */
@Serdeable
record ProposalCandidates(boolean canPropose, @Nullable UUID proposalId, @Nullable String why, List<Person> participants) {

    @Serdeable
    record Person(@Nullable UUID menteeId, String name, @Nullable UUID consentId, @Nullable String publicName) {
    }
}
