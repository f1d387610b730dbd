package ru.mentoring.school.matching.engine;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** A mentor proposed for a mentee: the score is the sum of the reasons' points, every factor explained. */
@Serdeable
public record Proposal(UUID menteeId, UUID mentorId, int score, List<Reason> reasons) {
}
