package ru.mentoring.model.pair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * Version 1: whether the mentor bank holds the seats a pair asked for. {@code reason} explains a refusal
 * in Russian, for the curator. Within version 1 only optional fields may be added.
 */
@Serdeable
public record SeatsDecidedV1(
        UUID pairId,
        String schoolId,
        UUID mentorId,
        Decision decision,
        @Nullable String reason) {

    public enum Decision {
        CONFIRMED,
        REFUSED
    }
}
