package ru.mentoring.school.plan;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static ru.mentoring.school.jooq.Tables.PLAN_TEMPLATE;
import static ru.mentoring.school.jooq.Tables.PLAN_TEMPLATE_SECTION;
import static ru.mentoring.school.jooq.Tables.PLAN_TEMPLATE_TASK;

/** Writes of the templates: a whole template at a time, as the methodist saves it. */
@Singleton
class PlanTemplateRepository {

    private final DSLContext sql;

    PlanTemplateRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** Stores the template only if the form has none yet (several instances may seed at once). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean insertIfAbsent(PlanTemplate template) {
        int inserted = sql.insertInto(PLAN_TEMPLATE).set(PLAN_TEMPLATE.FORM, template.form())
                .onConflictDoNothing().execute();
        if (inserted == 1) {
            writeSections(template);
        }
        return inserted == 1;
    }

    /** Replaces the form's sections and tasks with the ones given. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void replace(PlanTemplate template, String by) {
        sql.insertInto(PLAN_TEMPLATE).set(PLAN_TEMPLATE.FORM, template.form()).set(PLAN_TEMPLATE.UPDATED_BY, by)
                .onConflict(PLAN_TEMPLATE.FORM).doUpdate().set(PLAN_TEMPLATE.UPDATED_BY, by)
                .set(PLAN_TEMPLATE.UPDATED_AT, currentOffsetDateTime()).execute();
        sql.deleteFrom(PLAN_TEMPLATE_SECTION).where(PLAN_TEMPLATE_SECTION.FORM.eq(template.form())).execute();
        writeSections(template);
    }

    private void writeSections(PlanTemplate template) {
        int sectionPosition = 0;
        for (PlanTemplate.Section section : template.sections()) {
            sql.insertInto(PLAN_TEMPLATE_SECTION).set(PLAN_TEMPLATE_SECTION.FORM, template.form())
                    .set(PLAN_TEMPLATE_SECTION.CODE, section.code()).set(PLAN_TEMPLATE_SECTION.POSITION, sectionPosition++)
                    .set(PLAN_TEMPLATE_SECTION.TITLE, section.title()).execute();
            int position = 0;
            for (PlanTemplate.Task task : section.tasks()) {
                var t = PLAN_TEMPLATE_TASK;
                sql.insertInto(t).set(t.FORM, template.form()).set(t.SECTION_CODE, section.code())
                        .set(t.POSITION, position++).set(t.TITLE, task.title()).set(t.EXPECTED_RESULT, task.expectedResult())
                        .set(t.REPORTING_FORM, task.reportingForm()).set(t.DUE_AFTER_DAYS, task.dueAfterDays()).execute();
            }
        }
    }
}
