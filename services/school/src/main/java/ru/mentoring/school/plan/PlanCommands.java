package ru.mentoring.school.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

final class PlanCommands {

    private PlanCommands() {
    }

    /** The whole plan as the page holds it: tasks with their section's code, ids for the tasks kept. */
    @Serdeable
    record SavePlan(
            @Nullable @Size(max = 5000, message = "Выявленные трудности: не длиннее 5000 символов") String difficulties,
            @Nullable @Size(max = 5000, message = "Цели: не длиннее 5000 символов") String goals,
            @Nullable @Size(max = 200, message = "В плане не больше 200 задач") List<@Valid SaveTask> tasks) {
    }

    @Serdeable
    record SaveTask(
            @Nullable UUID id,
            @Nullable String section,
            @Nullable @Size(max = 500, message = "Название задачи: не длиннее 500 символов") String title,
            @Nullable LocalDate dueOn,
            @Nullable @Size(max = 1000, message = "Ожидаемый результат: не длиннее 1000 символов") String expectedResult,
            @Nullable @Size(max = 300, message = "Форма отчётности: не длиннее 300 символов") String reportingForm,
            @Nullable Boolean done,
            @Nullable UUID practiceId) {
    }

    @Serdeable
    record SaveTemplate(@Nullable @Size(max = 20, message = "В шаблоне не больше 20 разделов") List<@Valid TemplateSection> sections) {
    }

    @Serdeable
    record TemplateSection(
            @Nullable String code,
            @Nullable @Size(max = 300, message = "Название раздела: не длиннее 300 символов") String title,
            @Nullable @Size(max = 50, message = "В разделе не больше 50 задач") List<@Valid TemplateTask> tasks) {
    }

    @Serdeable
    record TemplateTask(
            @Nullable @Size(max = 500, message = "Название задачи: не длиннее 500 символов") String title,
            @Nullable @Size(max = 1000, message = "Ожидаемый результат: не длиннее 1000 символов") String expectedResult,
            @Nullable @Size(max = 300, message = "Форма отчётности: не длиннее 300 символов") String reportingForm,
            @Nullable Integer dueAfterDays) {
    }
}
