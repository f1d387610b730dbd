package ru.mentoring.school.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A school's mentoring programme for one school year: the forms it runs, its curators, its goals. */
@MappedEntity("programme")
public record Programme(
        @Id UUID id,
        String schoolId,
        String schoolYear,
        String title,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> forms,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> curators,
        @Nullable String goals,
        int silentAfterWeeks,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {
}
