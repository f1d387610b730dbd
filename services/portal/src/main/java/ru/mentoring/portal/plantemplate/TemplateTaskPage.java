package ru.mentoring.portal.plantemplate;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/** A task of a plan template, new or changed. */
record TemplateTaskPage(String form, String formTitle, @Nullable String address, TemplateTaskForm task,
                        FormErrors errors, List<Option> sections) implements PageModel {

    static TemplateTaskPage of(Plans.Template t, @Nullable String address, TemplateTaskForm form, FormErrors errors) {
        return new TemplateTaskPage(t.form(), t.formTitle() == null ? "форма наставничества" : t.formTitle(), address,
                form, errors, Option.of(t.sectionList(), Plans.TemplateSection::code, Plans.TemplateSection::title,
                s -> s.code().equals(form.section())));
    }

    /** Where the form posts: a new task or the n-th task of its section. */
    public String action() {
        return "/plan-templates/" + form + "/tasks/" + (address == null ? "new" : address);
    }

    @Override
    public String view() {
        return "plan-template-task";
    }

    @Override
    public String title() {
        return address == null ? "Новая задача шаблона" : "Задача шаблона";
    }
}
