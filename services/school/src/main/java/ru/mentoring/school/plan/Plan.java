package ru.mentoring.school.plan;

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

/** A pair's development plan: difficulties, goals, and the sections its tasks are sorted into. */
@MappedEntity("plan")
record Plan(
        @Id UUID pairId,
        String schoolId,
        @Nullable String difficulties,
        @Nullable String goals,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> sectionCodes,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> sectionTitles,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {

    Plan with(@Nullable String newDifficulties, @Nullable String newGoals) {
        return new Plan(pairId, schoolId, newDifficulties, newGoals, sectionCodes, sectionTitles, createdAt, updatedAt);
    }
}
