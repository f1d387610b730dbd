package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ru.mentoring.model.registration.RegistrationChangedV1;
import ru.mentoring.model.registration.RegistrationStatus;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("registration")
record Registration(
        @Id UUID id,
        UUID eventId,
        String userSubject,
        String username,
        @Nullable String schoolId,
        RegistrationStatus status,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {

    Registration withStatus(RegistrationStatus newStatus) {
        return new Registration(id, eventId, userSubject, username, schoolId, newStatus, createdAt, updatedAt);
    }

    RegistrationChangedV1 toChange() {
        return new RegistrationChangedV1(eventId, id, userSubject, schoolId, status);
    }
}
