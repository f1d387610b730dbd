package ru.mentoring.portal.network;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Map;

/** «Сетевые проекты»: the methodist starts projects; a curator follows the projects of their own school. */
@Hidden
@Controller("/network-projects")
@Secured({Roles.METHODIST, Roles.CURATOR})
class ProjectsController {

    private final MentorBankClient bank;
    private final Catalogues catalogues;
    private final FormFlow forms;

    ProjectsController(MentorBankClient bank, Catalogues catalogues, FormFlow forms) {
        this.bank = bank;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ProjectsPage>> list() {
        return page(ProjectForms.NewProjectForm.empty(), FormErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> start(@Body ProjectForms.NewProjectForm form, Session session) {
        return forms.submit(form, session, f -> bank.startProject(f.toCommand()),
                project -> new Redirect("/network-projects/" + project.id(), "Сетевой проект «" + project.name()
                        + "» создан. Добавьте договоры со школами-партнёрами."),
                errors -> page(form, errors));
    }

    private ModelAndView<Page<ProjectsPage>> page(ProjectForms.NewProjectForm form, FormErrors errors) {
        Schools schools = catalogues.schools();
        List<ProjectView> rows = bank.projects().list().stream().map(p -> ProjectView.of(p, schools, Map.of())).toList();
        return Page.show(new ProjectsPage(rows, form, errors, Option.of(schools.all(), Catalogue.School::id,
                Catalogue.School::label, s -> s.id().equals(form.leadSchoolId()))));
    }
}
