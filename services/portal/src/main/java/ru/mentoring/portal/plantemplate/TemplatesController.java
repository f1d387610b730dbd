package ru.mentoring.portal.plantemplate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.BackendProblem;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.pairwork.Refusals;
import ru.mentoring.portal.web.ConfirmPage;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Set;

/**
 * The plan templates the methodist keeps, one per form of mentoring (sections as the target model names
 * them): a pair's plan starts from its form's template. Curators read them; the methodist adds, changes and
 * (after a confirmation) removes tasks and renames sections.
 */
@Hidden
@Controller("/plan-templates")
@Secured({Roles.METHODIST, Roles.CURATOR})
class TemplatesController {

    private final SchoolClient school;
    private final FormFlow forms;

    TemplatesController(SchoolClient school, FormFlow forms) {
        this.school = school;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<TemplatesPage>> list(Authentication user) {
        return Page.show(TemplatesPage.of(PortalUser.of(user).isMethodist(), school.planTemplates().list()));
    }

    @Get(uri = "/{form}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<TemplatePage>> template(@PathVariable String form, Authentication user) {
        return Page.show(TemplatePage.of(school.planTemplate(form), PortalUser.of(user).isMethodist()));
    }

    @Post(uri = "/{form}/sections/{section}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> renameSection(@PathVariable String form, @PathVariable String section,
                                  @Body SectionForm typed, Session session) {
        return forms.act(typed, session, back(form, section),
                f -> school.savePlanTemplate(form, TemplateEdits.renamed(school.planTemplate(form), section,
                        f.title().strip())), t -> "Раздел переименован.");
    }

    @Get(uri = "/{form}/tasks/new", produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    ModelAndView<Page<TemplateTaskPage>> newTask(@PathVariable String form, @Nullable @QueryValue String section) {
        Plans.Template template = school.planTemplate(form);
        String known = template.sectionList().stream().map(Plans.TemplateSection::code)
                .filter(c -> c.equals(section)).findFirst().orElse("");
        return Page.show(TemplateTaskPage.of(template, null, TemplateTaskForm.empty(known), FormErrors.none()));
    }

    @Post(uri = "/{form}/tasks/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> addTask(@PathVariable String form, @Body TemplateTaskForm task, Session session) {
        Plans.Template template = school.planTemplate(form);
        return save(template, null, null, task, session);
    }

    @Get(uri = "/{form}/tasks/{section}/{index}", produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    ModelAndView<Page<TemplateTaskPage>> task(@PathVariable String form, @PathVariable String section,
                                              @PathVariable int index) {
        Plans.Template template = school.planTemplate(form);
        return Page.show(TemplateTaskPage.of(template, section + "/" + index,
                TemplateTaskForm.of(section, existing(template, section, index)), FormErrors.none()));
    }

    @Post(uri = "/{form}/tasks/{section}/{index}", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> changeTask(@PathVariable String form, @PathVariable String section, @PathVariable int index,
                               @Body TemplateTaskForm task, Session session) {
        Plans.Template template = school.planTemplate(form);
        existing(template, section, index);
        return save(template, section, index, task, session);
    }

    @Get(uri = "/{form}/tasks/{section}/{index}/delete", produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    ModelAndView<Page<ConfirmPage>> confirmDelete(@PathVariable String form, @PathVariable String section,
                                                  @PathVariable int index) {
        Plans.Template template = school.planTemplate(form);
        Plans.TemplateTask task = existing(template, section, index);
        return Page.show(ConfirmPage.of("Удалить задачу шаблона", "Удалить задачу из шаблона плана?",
                List.of("«" + task.title() + "»", "Планы уже начатых пар не изменятся: шаблон применяется к новым планам."),
                "/plan-templates/" + form + "/tasks/" + section + "/" + index + "/delete", "Удалить задачу",
                back(form, section)));
    }

    @Post(uri = "/{form}/tasks/{section}/{index}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> delete(@PathVariable String form, @PathVariable String section, @PathVariable int index,
                           Session session) {
        return forms.act(session, back(form, section), () -> {
            Plans.Template template = school.planTemplate(form);
            existing(template, section, index);
            return school.savePlanTemplate(form, TemplateEdits.withTask(template, section, index, section, null));
        }, t -> "Задача удалена из шаблона.");
    }

    private HttpResponse<?> save(Plans.Template template, @Nullable String section, @Nullable Integer index,
                                 TemplateTaskForm task, Session session) {
        String address = section == null ? null : section + "/" + index;
        Set<String> fields = Set.of("section", "title", "expectedResult", "reportingForm", "dueAfterDays");
        return forms.submit(task, session,
                f -> Refusals.explained(() -> school.savePlanTemplate(template.form(), TemplateEdits.withTask(template,
                                section == null ? "" : section, index, f.section().strip(), f.toTask())),
                        field -> fields.contains(Refusals.leaf(field)) ? Refusals.leaf(field) : null,
                        reason -> reason.contains("дн") ? "dueAfterDays" : reason.contains("раздел") ? "section" : null),
                t -> new Redirect(back(template.form(), task.section().strip()),
                        index == null ? "Задача добавлена в шаблон." : "Задача шаблона сохранена."),
                errors -> Page.show(TemplateTaskPage.of(template, address, task, errors)));
    }

    private static Plans.TemplateTask existing(Plans.Template template, String section, int index) {
        Plans.TemplateTask task = TemplateEdits.find(template, section, index);
        if (task == null) {
            throw new BackendException.Rejected("Школьный сервис", 404, BackendProblem.untitled("Задача не найдена"));
        }
        return task;
    }

    private static String back(String form, String section) {
        return "/plan-templates/" + form + "#section-" + section;
    }
}
