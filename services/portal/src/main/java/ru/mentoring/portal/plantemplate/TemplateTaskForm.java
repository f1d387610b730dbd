package ru.mentoring.portal.plantemplate;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

/** A task of a form's plan template: a pair's plan starts with it, its deadline counted from the pair's start. */
@Introspected
@Serdeable
record TemplateTaskForm(
        @Nullable @NotBlank(message = "Выберите раздел") String section,
        @Nullable @NotBlank(message = "Укажите задачу (мероприятие)")
        @Size(max = 500, message = "Не длиннее 500 символов") String title,
        @Nullable @Size(max = 1000, message = "Не длиннее 1000 символов") String expectedResult,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String reportingForm,
        @Nullable @NotBlank(message = "Укажите, через сколько дней от начала работы пары срок")
        @WholeNumber(min = 0, max = 366, message = "Число дней от 0 до 366") String dueAfterDays) {

    static TemplateTaskForm empty(String section) {
        return new TemplateTaskForm(section, "", "", "", "30");
    }

    static TemplateTaskForm of(String section, Plans.TemplateTask t) {
        return new TemplateTaskForm(section, t.title(), t.expectedResult() == null ? "" : t.expectedResult(),
                t.reportingForm() == null ? "" : t.reportingForm(),
                t.dueAfterDays() == null ? "" : t.dueAfterDays().toString());
    }

    Plans.TemplateTask toTask() {
        return new Plans.TemplateTask(title == null ? "" : title.strip(), Typed.text(expectedResult),
                Typed.text(reportingForm), Typed.whole(dueAfterDays));
    }
}
