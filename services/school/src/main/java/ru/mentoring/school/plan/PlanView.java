package ru.mentoring.school.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pair's plan as the caller may see it. {@code saved} false: the form's template as a draft, not yet
 * the pair's. {@code limitedView}: a curator of a teacher pair, shown what the programme requires (tasks
 * and progress) but not the difficulties the teachers wrote down. {@code editable}: the caller may change it.
 */
@Serdeable
public record PlanView(UUID pairId, boolean saved, @Nullable String difficulties, @Nullable String goals,
                       List<Section> sections, int done, int total, int overdue, @Nullable Instant updatedAt,
                       boolean limitedView, boolean editable) {

    @Serdeable
    public record Section(String code, String title, List<Task> tasks) {
    }

    @Serdeable
    public record Task(@Nullable UUID id, String title, LocalDate dueOn, @Nullable String expectedResult,
                       @Nullable String reportingForm, boolean done, @Nullable LocalDate doneOn, boolean overdue,
                       @Nullable UUID practiceId, @Nullable String practiceTitle) {
    }
}
