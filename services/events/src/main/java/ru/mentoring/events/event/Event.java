package ru.mentoring.events.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("event")
public record Event(
        @Id UUID id,
        String title,
        EventKind type,
        EventFormat format,
        @Nullable String venue,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        int registered,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        @Nullable String organiserSchoolId,
        String createdBy,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {

    public int freePlaces() {
        return Math.max(0, capacity - registered);
    }

    public boolean registrationOpenAt(Instant moment) {
        return !moment.isBefore(registrationOpensAt) && moment.isBefore(registrationClosesAt);
    }
}
