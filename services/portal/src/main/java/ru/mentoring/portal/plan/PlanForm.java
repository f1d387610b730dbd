package ru.mentoring.portal.plan;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.web.form.Typed;

/** The plan's head: the professional difficulties (deficits) found and the goals (DOMAIN §8.6). */
@Introspected
@Serdeable
record PlanForm(
        @Nullable @Size(max = 4000, message = "Не длиннее 4000 символов") String difficulties,
        @Nullable @Size(max = 4000, message = "Не длиннее 4000 символов") String goals) {

    static PlanForm of(Plans.Plan plan) {
        return new PlanForm(plan.difficulties() == null ? "" : plan.difficulties(),
                plan.goals() == null ? "" : plan.goals());
    }

    Plans.Save toCommand(Plans.Plan plan) {
        return PlanEdits.header(plan, Typed.text(difficulties), Typed.text(goals));
    }

    /** Which field of this form a refusal is about; the tasks' problems stay above it. */
    @Nullable
    static String field(String reason) {
        return reason.contains("затруднен") ? "difficulties" : reason.contains("цел") ? "goals" : null;
    }
}
