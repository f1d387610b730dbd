package ru.mentoring.school.matching.engine;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * A cohort's assignment: at most one mentor per mentee, at most a mentor's free seats, the largest total
 * score possible over the candidate pairs; the mentees left without a mentor in the input's order.
 */
@Serdeable
public record CohortResult(List<Proposal> items, List<UUID> unassigned, long totalScore) {
}
