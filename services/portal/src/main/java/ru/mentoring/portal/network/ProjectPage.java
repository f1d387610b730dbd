package ru.mentoring.portal.network;

import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/**
 * One network project: its agreements and pool; for the methodist also the agreement form with its
 * partner schools and the mentors who may join the pool (empty lists for a curator).
 */
record ProjectPage(ProjectView project, ProjectForms.AgreementForm form, FormErrors errors, List<Option> schools,
                   List<Option> candidates) implements PageModel {

    @Override
    public String view() {
        return "network-project";
    }

    @Override
    public String title() {
        return project.name();
    }
}
