package ru.mentoring.school.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task of a plan: what, by when, with what result and reporting form; done on a day; maybe a library practice. */
@MappedEntity("plan_task")
record PlanTask(
        @Id UUID id,
        String schoolId,
        UUID pairId,
        String section,
        int position,
        String title,
        LocalDate dueOn,
        @Nullable String expectedResult,
        @Nullable String reportingForm,
        @Nullable LocalDate doneOn,
        @Nullable UUID practiceId,
        @Nullable @DateCreated Instant createdAt) {

    boolean done() {
        return doneOn != null;
    }

    boolean overdueOn(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }
}
