package ru.mentoring.school.plan;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ru.mentoring.school.jooq.Tables.PLAN_TEMPLATE;
import static ru.mentoring.school.jooq.Tables.PLAN_TEMPLATE_SECTION;
import static ru.mentoring.school.jooq.Tables.PLAN_TEMPLATE_TASK;

/** The plan templates with their sections and tasks, in the order the methodist arranged them. */
@Singleton
class PlanTemplateQueries {

    private final DSLContext sql;

    PlanTemplateQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    List<PlanTemplate> all() {
        List<String> forms = sql.select(PLAN_TEMPLATE.FORM).from(PLAN_TEMPLATE).fetch(PLAN_TEMPLATE.FORM);
        return forms.stream().map(this::assemble).toList();
    }

    @Transactional(readOnly = true)
    Optional<PlanTemplate> of(String form) {
        return sql.fetchExists(PLAN_TEMPLATE, PLAN_TEMPLATE.FORM.eq(form)) ? Optional.of(assemble(form)) : Optional.empty();
    }

    private PlanTemplate assemble(String form) {
        Map<String, String> titles = new LinkedHashMap<>();
        sql.select(PLAN_TEMPLATE_SECTION.CODE, PLAN_TEMPLATE_SECTION.TITLE).from(PLAN_TEMPLATE_SECTION)
                .where(PLAN_TEMPLATE_SECTION.FORM.eq(form)).orderBy(PLAN_TEMPLATE_SECTION.POSITION)
                .forEach(r -> titles.put(r.value1(), r.value2()));
        Map<String, List<PlanTemplate.Task>> tasks = new LinkedHashMap<>();
        titles.keySet().forEach(code -> tasks.put(code, new ArrayList<>()));
        var t = PLAN_TEMPLATE_TASK;
        sql.select(t.SECTION_CODE, t.TITLE, t.EXPECTED_RESULT, t.REPORTING_FORM, t.DUE_AFTER_DAYS).from(t)
                .where(t.FORM.eq(form)).orderBy(t.POSITION)
                .forEach(r -> tasks.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new PlanTemplate.Task(r.value2(), r.value3(), r.value4(), r.value5())));
        return new PlanTemplate(form, null, titles.entrySet().stream()
                .map(e -> new PlanTemplate.Section(e.getKey(), e.getValue(), List.copyOf(tasks.get(e.getKey())))).toList());
    }
}
