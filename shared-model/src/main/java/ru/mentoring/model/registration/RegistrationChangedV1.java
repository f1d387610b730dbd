package ru.mentoring.model.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * Version 1 of a registration's new state. {@code userSubject} is the Keycloak subject of the
 * person registered; {@code schoolId} is their school from the token, absent for municipal staff.
 * Within version 1 only optional fields may be added.
 */
@Serdeable
public record RegistrationChangedV1(
        UUID eventId,
        UUID registrationId,
        String userSubject,
        @Nullable String schoolId,
        RegistrationStatus status) {
}
