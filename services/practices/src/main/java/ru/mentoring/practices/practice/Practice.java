package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import ru.mentoring.model.practice.PracticePublishedV1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The search vector column is left out on purpose: PostgreSQL generates it from title and summary. */
@MappedEntity("practice")
record Practice(
        @Id UUID id,
        String schoolId,
        String title,
        String summary,
        @Nullable String form,
        @TypeDef(type = DataType.JSON) List<String> competencies,
        int year,
        PracticeStatus status,
        @Nullable String rejectionReason,
        String submittedBy,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt) {

    Practice reviewed(PracticeStatus newStatus, @Nullable String reason, String reviewer, Instant at) {
        return new Practice(id, schoolId, title, summary, form, competencies, year, newStatus, reason,
                submittedBy, reviewer, at, createdAt, updatedAt);
    }

    PracticePublishedV1 toPublished() {
        return new PracticePublishedV1(id, schoolId, title, summary, form, competencies, year, reviewedAt);
    }
}
