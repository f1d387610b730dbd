package ru.mentoring.model.practice;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * Version 1 of "a school uses this practice": a task of a development plan (индивидуальный план) in
 * the school service links a published practice ({@code linked = true}) or no longer does
 * ({@code linked = false}). Only the link travels — no plan content, no pupil, no mentee. The
 * library counts a school as using a practice while at least one of its tasks links it.
 * Within version 1 only optional fields may be added.
 *
 * @param taskRef the school service's opaque id of the plan task
 */
@Serdeable
public record PracticeUsageV1(UUID practiceId, String schoolId, String taskRef, boolean linked, Instant changedAt) {
}
