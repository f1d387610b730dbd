package ru.mentoring.school.mentee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("mentee")
record Mentee(
        @Id UUID id,
        String schoolId,
        String fullName,
        MenteeKind kind,
        @Nullable String grade,
        @Nullable String request,
        @Nullable LocalDate enteredAt,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {
}
