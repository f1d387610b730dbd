package ru.mentoring.portal.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One task of the plan: its section, the activity, the deadline, the expected result, the reporting form
 * and a practice of the library it draws on. {@code practiceQuery} and {@code action=find} search the
 * library without saving; the last two fields are the pair's term, filled by the controller, so a deadline
 * outside it is said before the service is asked.
 */
@Introspected
@Serdeable
record TaskForm(
        @Nullable @NotBlank(message = "Выберите раздел плана") String section,
        @Nullable @NotBlank(message = "Укажите задачу (мероприятие)")
        @Size(max = 500, message = "Не длиннее 500 символов") String title,
        @Nullable @NotBlank(message = "Укажите срок")
        @DateField(message = "Срок — в формате ДД.ММ.ГГГГ") String dueOn,
        @Nullable @Size(max = 1000, message = "Не длиннее 1000 символов") String expectedResult,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String reportingForm,
        @Nullable String practiceId,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String practiceQuery,
        @Nullable String action,
        @Nullable String termFrom,
        @Nullable String termTo) implements CheckedForm {

    static final Set<String> FIELDS = Set.of("section", "title", "dueOn", "expectedResult", "reportingForm",
            "practiceId");

    static TaskForm empty(@Nullable String section, @Nullable LocalDate dueOn) {
        return new TaskForm(section == null ? "" : section, "", dueOn == null ? "" : dueOn.toString(), "", "", "", "",
                null, null, null);
    }

    static TaskForm of(String section, Plans.Task t) {
        return new TaskForm(section, t.title(), t.dueOn() == null ? "" : t.dueOn().toString(),
                t.expectedResult() == null ? "" : t.expectedResult(),
                t.reportingForm() == null ? "" : t.reportingForm(),
                t.practiceId() == null ? "" : t.practiceId().toString(), "", null, null, null);
    }

    /** The same form knowing the pair's term. */
    TaskForm within(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new TaskForm(section, title, dueOn, expectedResult, reportingForm, practiceId, practiceQuery, action,
                from == null ? null : from.toString(), to == null ? null : to.toString());
    }

    /** The library is searched, nothing is saved. */
    boolean finding() {
        return "find".equals(action);
    }

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        LocalDate due = Typed.date(dueOn);
        LocalDate from = Typed.date(termFrom);
        LocalDate to = Typed.date(termTo);
        if (due != null && to != null && due.isAfter(to)) {
            errors.add(new FormErrors.FieldError("dueOn", "Срок позже окончания работы пары (" + Dates.day(to) + ")"));
        }
        if (due != null && from != null && due.isBefore(from)) {
            errors.add(new FormErrors.FieldError("dueOn", "Срок раньше начала работы пары (" + Dates.day(from) + ")"));
        }
        if (Typed.text(practiceId) != null && Typed.id(practiceId) == null) {
            errors.add(new FormErrors.FieldError("practiceId", "Выберите практику из списка"));
        }
        return errors;
    }

    Plans.SaveTask toTask(@Nullable UUID id, boolean done) {
        return new Plans.SaveTask(id, section == null ? "" : section.strip(), title == null ? "" : title.strip(),
                Typed.date(dueOn), Typed.text(expectedResult), Typed.text(reportingForm), done, Typed.id(practiceId));
    }

    /** Which field a refusal of the plan is about, by what the school service says in it. */
    @Nullable
    static String field(String reason) {
        if (reason.contains("срок") || reason.contains("окончания") || reason.contains("начала")) {
            return "dueOn";
        }
        if (reason.contains("раздел")) {
            return "section";
        }
        if (reason.contains("практик")) {
            return "practiceId";
        }
        if (reason.contains("назван") || reason.contains("задач")) {
            return "title";
        }
        return null;
    }
}
