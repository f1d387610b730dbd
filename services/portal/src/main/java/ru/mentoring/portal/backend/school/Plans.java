package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A pair's development plan (индивидуальный план) and the plan templates the methodist keeps per form. */
public final class Plans {

    private Plans() {
    }

    /**
     * The plan by sections; a pair without a saved plan gets its form's template as a draft ({@code saved}
     * false), with the tasks' deadlines counted from the pair's start. {@code limitedView}: the curator of a
     * teacher pair, shown the progress but not the difficulties; {@code editable}: the caller may change it.
     */
    @Serdeable
    public record Plan(UUID pairId, boolean saved, @Nullable String difficulties, @Nullable String goals,
                       @Nullable List<Section> sections, int done, int total, int overdue,
                       @Nullable Boolean limitedView, @Nullable Boolean editable) {

        public List<Section> sectionList() {
            return sections == null ? List.of() : sections;
        }

        /** Every task of every section, in the plan's order. */
        public List<Task> tasks() {
            return sectionList().stream().flatMap(s -> s.taskList().stream()).toList();
        }
    }

    @Serdeable
    public record Section(String code, String title, @Nullable List<Task> tasks) {

        public List<Task> taskList() {
            return tasks == null ? List.of() : tasks;
        }
    }

    @Serdeable
    public record Task(@Nullable UUID id, String title, @Nullable LocalDate dueOn, @Nullable String expectedResult,
                       @Nullable String reportingForm, boolean done, @Nullable LocalDate doneOn, boolean overdue,
                       @Nullable UUID practiceId, @Nullable String practiceTitle) {
    }

    /** The body of {@code PUT /api/pairs/{id}/plan}: the whole plan, tasks with their section's code. */
    @Serdeable
    public record Save(@Nullable String difficulties, @Nullable String goals, List<SaveTask> tasks) {
    }

    @Serdeable
    public record SaveTask(@Nullable UUID id, String section, String title, @Nullable LocalDate dueOn,
                           @Nullable String expectedResult, @Nullable String reportingForm, boolean done,
                           @Nullable UUID practiceId) {
    }

    /** A published practice of the library the school knows, which a task may link. */
    @Serdeable
    public record LibraryPractice(UUID id, String title, @Nullable String form, @Nullable Integer year) {
    }

    /** A form's template: sections as the target model names them, each with its usual tasks. */
    @Serdeable
    public record Template(String form, @Nullable String formTitle, @Nullable List<TemplateSection> sections) {

        public List<TemplateSection> sectionList() {
            return sections == null ? List.of() : sections;
        }
    }

    @Serdeable
    public record TemplateSection(String code, String title, @Nullable List<TemplateTask> tasks) {

        public List<TemplateTask> taskList() {
            return tasks == null ? List.of() : tasks;
        }
    }

    /** {@code dueAfterDays}: the task's deadline counted from the pair's start. */
    @Serdeable
    public record TemplateTask(String title, @Nullable String expectedResult, @Nullable String reportingForm,
                               @Nullable Integer dueAfterDays) {
    }

    /** The body of {@code PUT /api/plan-templates/{form}}. */
    @Serdeable
    public record SaveTemplate(String form, List<TemplateSection> sections) {
    }
}
