package ru.mentoring.school.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One activity of the roadmap: at a stage of the target model, due by a deadline, owned by someone. */
@MappedEntity("roadmap_item")
record RoadmapItem(
        @Id UUID id,
        String schoolId,
        UUID programmeId,
        short stage,
        int position,
        String activity,
        LocalDate deadline,
        @Nullable String owner,
        @Nullable String expectedResult,
        @Nullable LocalDate doneOn,
        @Nullable @DateCreated Instant createdAt) {

    boolean overdueOn(LocalDate today) {
        return doneOn == null && deadline.isBefore(today);
    }

    RoadmapItem done(LocalDate on) {
        return new RoadmapItem(id, schoolId, programmeId, stage, position, activity, deadline, owner, expectedResult, on,
                createdAt);
    }

    RoadmapItem reopened() {
        return new RoadmapItem(id, schoolId, programmeId, stage, position, activity, deadline, owner, expectedResult,
                null, createdAt);
    }
}
