package ru.mentoring.model.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * Version 1 of a registration's new state. {@code userSubject} is the Keycloak subject of the
 * person registered; {@code schoolId} is their school from the token, absent for municipal staff.
 * Within version 1 only optional fields may be added.
 * Added in 1.1, optional: {@code participantKey} (who holds the place: {@code user:<subject>},
 * {@code mentor:<mentor id>} or {@code team:<school>:<team name>} — never a pupil's name), {@code participants}
 * (1, or a team's size), {@code networkProjectId} (the organising network project, for its indicators) and
 * {@code attended} (true once the participant was checked in).
 */
@Serdeable
public record RegistrationChangedV1(
        UUID eventId,
        UUID registrationId,
        String userSubject,
        @Nullable String schoolId,
        RegistrationStatus status,
        @Nullable String participantKey,
        @Nullable Integer participants,
        @Nullable UUID networkProjectId,
        @Nullable Boolean attended) {

    @io.micronaut.core.annotation.Creator
    public RegistrationChangedV1 {
    }

    /** The 1.0 shape. */
    public RegistrationChangedV1(UUID eventId, UUID registrationId, String userSubject, String schoolId,
                                 RegistrationStatus status) {
        this(eventId, registrationId, userSubject, schoolId, status, null, null, null, null);
    }
}
