package ru.mentoring.portal.network;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/** «Сетевые проекты»: the projects the user may see and, for the methodist, the form of a new one. */
record ProjectsPage(List<ProjectView> rows, ProjectForms.NewProjectForm form, FormErrors errors,
                    List<Option> schools) implements PageModel {

    @Override
    public String view() {
        return "network-projects";
    }

    @Override
    public String title() {
        return "Сетевые проекты";
    }
}
