package ru.mentoring.school.plan;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** How far a pair's plan has come: tasks done of all, overdue ones, the nearest open deadline. */
public record PlanProgress(int done, int total, int overdue, @Nullable LocalDate nextDue) {

    public static final PlanProgress NONE = new PlanProgress(0, 0, 0, null);
}
