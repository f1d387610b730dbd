package ru.mentoring.mentorbank.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("network_project")
record NetworkProject(@Id UUID id, String name, String leadSchoolId, @Nullable String goals, LocalDate startsOn,
                      LocalDate endsOn, @Nullable @DateCreated Instant createdAt) {
}
