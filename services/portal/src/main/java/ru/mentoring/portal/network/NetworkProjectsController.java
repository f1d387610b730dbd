package ru.mentoring.portal.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.mentor.MentorChoice;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.BackendException;
import ru.mentoring.portal.web.FormProblems;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Pages;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * «Сетевые проекты»: the methodist starts projects, signs partner schools' agreements and keeps the
 * shared mentor pool; a curator follows the projects of their own school.
 */
@Hidden
@Controller("/network-projects")
@Secured({Roles.METHODIST, Roles.CURATOR})
class NetworkProjectsController {

    private final NetworkProjects projects;
    private final Catalogues catalogues;
    private final MentorNames mentors;

    NetworkProjectsController(NetworkProjects projects, Catalogues catalogues, MentorNames mentors) {
        this.projects = projects;
        this.catalogues = catalogues;
        this.mentors = mentors;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication user, Optional<Session> session) {
        var page = listPage(ProjectForms.NewProjectForm.empty(), null, Map.of(), user);
        page.getModel().ifPresent(model -> Notices.show(session, model));
        return page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> start(@Body ProjectForms.NewProjectForm form, Authentication user, Session session) {
        Map<String, String> local = form.check();
        if (!local.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(listPage(form, "Проверьте заполнение формы", local, user));
        }
        try {
            NetworkProjects.Project project = projects.start(form.toCommand(), user);
            Notices.success(session, "Сетевой проект «" + project.name() + "» создан. Добавьте договоры со школами-партнёрами.");
            return HttpResponse.seeOther(URI.create("/network-projects/" + project.id()));
        } catch (BackendException.Rejected rejected) {
            return HttpResponse.status(HttpStatus.valueOf(rejected.status())).body(listPage(form,
                    FormProblems.summary(rejected, "Банк наставников не принял проект"),
                    FormProblems.byField(rejected), user));
        }
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> project(String id, Authentication user, Optional<Session> session) {
        var page = projectPage(id, ProjectForms.AgreementForm.empty(), null, Map.of(), user);
        page.getModel().ifPresent(model -> Notices.show(session, model));
        return page;
    }

    @Post(uri = "/{id}/agreements", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> sign(String id, @Body ProjectForms.AgreementForm form, Authentication user, Session session) {
        Map<String, String> local = form.check();
        if (!local.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(projectPage(id, form, "Проверьте заполнение договора", local, user));
        }
        try {
            projects.sign(id, form.toCommand(), user);
            Notices.success(session, "Договор № " + form.number().strip() + " добавлен, школа вошла в проект.");
            return HttpResponse.seeOther(URI.create("/network-projects/" + id));
        } catch (BackendException.Rejected rejected) {
            return HttpResponse.status(HttpStatus.valueOf(rejected.status())).body(projectPage(id, form,
                    FormProblems.summary(rejected, "Банк наставников не принял договор"),
                    FormProblems.byField(rejected), user));
        }
    }

    @Post(uri = "/{id}/pool", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> addToPool(String id, @Body PoolForm form, Authentication user, Session session) {
        if (form.mentorId() == null || form.mentorId().isBlank()) {
            Notices.failure(session, "Выберите наставника для пула.");
        } else {
            try {
                projects.addToPool(id, form.mentorId(), user);
                Notices.success(session, "Наставник добавлен в пул проекта.");
            } catch (BackendException.Rejected rejected) {
                Notices.failure(session, Notices.text(rejected, "Банк наставников не добавил наставника в пул."));
            }
        }
        return HttpResponse.seeOther(URI.create("/network-projects/" + id));
    }

    @Post(uri = "/{id}/pool/{mentorId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> removeFromPool(String id, String mentorId, Authentication user, Session session) {
        try {
            projects.removeFromPool(id, mentorId, user);
            Notices.success(session, "Наставник исключён из пула проекта.");
        } catch (BackendException.Rejected rejected) {
            Notices.failure(session, Notices.text(rejected, "Банк наставников не исключил наставника из пула."));
        }
        return HttpResponse.seeOther(URI.create("/network-projects/" + id));
    }

    private ModelAndView<Map<String, Object>> listPage(ProjectForms.NewProjectForm form, @Nullable String summary,
                                                       Map<String, String> errors, Authentication user) {
        Catalogues.Schools schools = catalogues.schools(user);
        List<ProjectView> rows = projects.visible(user).stream().map(p -> ProjectView.of(p, schools, Map.of())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("schools", schools.all());
        model.put("form", form);
        model.put("summary", summary);
        model.put("errors", errors);
        return Pages.page("network-projects", "Сетевые проекты", model);
    }

    private ModelAndView<Map<String, Object>> projectPage(String id, ProjectForms.AgreementForm form,
                                                          @Nullable String summary, Map<String, String> errors,
                                                          Authentication user) {
        NetworkProjects.Project project = projects.find(id, user);
        Catalogues.Schools schools = catalogues.schools(user);
        List<MentorChoice> visible = mentors.visibleTo(user);
        Map<String, Object> model = new HashMap<>();
        model.put("project", ProjectView.of(project, schools, MentorNames.byId(visible)));
        if (PortalUser.of(user).isMethodist()) {
            // the pool takes mentors of member schools and external ones; the bank has the final word
            Set<String> members = Set.copyOf(project.members());
            Set<String> inPool = Set.copyOf(project.pool());
            model.put("candidates", visible.stream()
                    .filter(m -> !inPool.contains(m.id()))
                    .filter(m -> m.homeSchoolId() == null || members.contains(m.homeSchoolId()))
                    .toList());
            model.put("schools", schools.all());
        }
        model.put("form", form);
        model.put("summary", summary);
        model.put("errors", errors);
        return Pages.page("network-project", project.name(), model);
    }

    @Serdeable
    record PoolForm(@Nullable String mentorId) {
    }
}
