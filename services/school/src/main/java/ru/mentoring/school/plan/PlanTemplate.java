package ru.mentoring.school.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A form's plan template (the methodist's): sections as the target model names them, each with its
 * usual tasks; a task's deadline counts from the pair's start.
 */
@Serdeable
public record PlanTemplate(String form, @Nullable String formTitle, List<Section> sections) {

    @Serdeable
    public record Section(String code, String title, List<Task> tasks) {
    }

    @Serdeable
    public record Task(String title, @Nullable String expectedResult, @Nullable String reportingForm, int dueAfterDays) {
    }

    PlanTemplate titled(String title) {
        return new PlanTemplate(form, title, sections);
    }
}
