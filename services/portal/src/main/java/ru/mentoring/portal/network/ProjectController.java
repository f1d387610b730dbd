package ru.mentoring.portal.network;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.mentorbank.NetworkProjects;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorChoice;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.ConfirmPage;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.time.Today;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One network project: the methodist signs partner schools' agreements and keeps the shared mentor pool. */
@Hidden
@Controller("/network-projects/{id}")
@Secured({Roles.METHODIST, Roles.CURATOR})
class ProjectController {

    private final MentorBankClient bank;
    private final EventsClient events;
    private final Catalogues catalogues;
    private final MentorNames mentors;
    private final FormFlow forms;
    private final Today today;

    ProjectController(MentorBankClient bank, EventsClient events, Catalogues catalogues, MentorNames mentors, FormFlow forms,
                      Today today) {
        this.bank = bank;
        this.events = events;
        this.catalogues = catalogues;
        this.mentors = mentors;
        this.forms = forms;
        this.today = today;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ProjectPage>> project(@PathVariable UUID id, Authentication user) {
        return page(id, ProjectForms.AgreementForm.empty(), FormErrors.none(), user);
    }

    @Post(uri = "/agreements", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> sign(@PathVariable UUID id, @Body ProjectForms.AgreementForm form, Authentication user,
                         Session session) {
        return forms.submit(form, session, f -> bank.signAgreement(id, f.toCommand()),
                agreement -> new Redirect("/network-projects/" + id, "Договор № " + agreement.number()
                        + " добавлен, школа вошла в проект."),
                errors -> page(id, form, errors, user));
    }

    @Post(uri = "/pool", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> addToPool(@PathVariable UUID id, @Body ProjectForms.PoolForm form, Session session) {
        return forms.act(form, session, "/network-projects/" + id,
                f -> bank.addToPool(id, new NetworkProjects.PoolMember(Typed.id(f.mentorId()))),
                project -> "Наставник добавлен в пул проекта.");
    }

    /** Taking a mentor out of the pool is asked about first. */
    @Get(uri = "/pool/{mentorId}/remove", produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    ModelAndView<Page<ConfirmPage>> confirmRemoveFromPool(@PathVariable UUID id, @PathVariable UUID mentorId,
                                                          Authentication user) {
        NetworkProjects.Project project = bank.project(id);
        String name = MentorNames.byId(mentors.visibleTo(user)).getOrDefault(mentorId, MentorNames.unknown(mentorId));
        return Page.show(ConfirmPage.of("Исключить из пула", "Исключить наставника из пула сетевого проекта?",
                List.of(name + " — «" + project.name() + "»",
                        "Школы проекта, кроме его собственной, перестанут видеть наставника в справочнике."),
                "/network-projects/" + id + "/pool/" + mentorId + "/remove", "Исключить из пула",
                "/network-projects/" + id));
    }

    @Post(uri = "/pool/{mentorId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> removeFromPool(@PathVariable UUID id, @PathVariable UUID mentorId, Session session) {
        return forms.act(session, "/network-projects/" + id, () -> bank.removeFromPool(id, mentorId),
                project -> "Наставник исключён из пула проекта.");
    }

    /** The project's events from today on, earliest first. */
    private ProjectPage.Calendar calendar(UUID id) {
        try {
            return ProjectPage.Calendar.of(events.search(today.date().atStartOfDay(Dates.zone()).toInstant(), null, null, id, null)
                    .list().stream()
                    .map(e -> new ProjectPage.Event("/events/" + e.id(), e.title(), e.kindTitle(), Dates.moment(e.startsAt())))
                    .toList());
        } catch (BackendException.Unauthorized signInAgain) {
            throw signInAgain;
        } catch (BackendException notNow) {
            return ProjectPage.Calendar.down();
        }
    }

    private ModelAndView<Page<ProjectPage>> page(UUID id, ProjectForms.AgreementForm form, FormErrors errors,
                                                 Authentication user) {
        NetworkProjects.Project project = bank.project(id);
        Schools schools = catalogues.schools();
        List<MentorChoice> visible = mentors.visibleTo(user);
        ProjectView view = ProjectView.of(project, schools, MentorNames.byId(visible));
        if (!PortalUser.of(user).isMethodist()) {
            return Page.show(new ProjectPage(view, form, errors, List.of(), List.of(), calendar(id)));
        }
        // the pool takes mentors of member schools and external ones; the bank has the final word
        Set<String> members = Set.copyOf(project.members());
        Set<UUID> inPool = Set.copyOf(project.pool());
        List<MentorChoice> candidates = visible.stream().filter(m -> !inPool.contains(m.id()))
                .filter(m -> m.homeSchoolId() == null || members.contains(m.homeSchoolId())).toList();
        return Page.show(new ProjectPage(view, form, errors, Option.of(schools.all(), Catalogue.School::id,
                Catalogue.School::label, s -> s.id().equals(form.schoolId())), MentorNames.options(candidates), calendar(id)));
    }
}
