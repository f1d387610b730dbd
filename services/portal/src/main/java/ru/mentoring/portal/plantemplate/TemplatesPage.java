package ru.mentoring.portal.plantemplate;

import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/** «Шаблоны планов»: one template per form of mentoring, with how many sections and tasks each holds. */
record TemplatesPage(boolean editable, List<Row> rows) implements PageModel {

    static TemplatesPage of(boolean editable, List<Plans.Template> templates) {
        return new TemplatesPage(editable, templates.stream().map(t -> new Row(t.form(),
                t.formTitle() == null || t.formTitle().isBlank() ? "форма наставничества" : t.formTitle(),
                t.sectionList().size(), t.sectionList().stream().mapToInt(s -> s.taskList().size()).sum())).toList());
    }

    @Override
    public String view() {
        return "plan-templates";
    }

    @Override
    public String title() {
        return "Шаблоны планов развития";
    }

    record Row(String form, String title, int sections, int tasks) {
    }
}
