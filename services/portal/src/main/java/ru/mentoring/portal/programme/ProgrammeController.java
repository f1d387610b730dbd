package ru.mentoring.portal.programme;

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
import ru.mentoring.portal.backend.school.Programmes;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.time.Today;

import java.util.UUID;

/**
 * «Программа наставничества» of the curator's school: the current school year's programme, or the form
 * that starts it; any year's programme by its id; the programme's own form.
 */
@Hidden
@Controller("/programme")
@Secured(Roles.CURATOR)
class ProgrammeController {

    private final SchoolClient school;
    private final Catalogues catalogues;
    private final FormFlow forms;
    private final Today today;

    ProgrammeController(SchoolClient school, Catalogues catalogues, FormFlow forms, Today today) {
        this.school = school;
        this.catalogues = catalogues;
        this.forms = forms;
        this.today = today;
    }

    /** The current year's programme; while there is none, the form that starts it. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<?> current(Authentication user) {
        Programmes.Programme programme;
        try {
            programme = school.currentProgramme();
        } catch (BackendException.Rejected rejected) {
            if (rejected.status() != 404) {
                throw rejected;
            }
            return Page.show(ProgrammeFormPage.start(ProgrammeForm.start(today.schoolYear(),
                    PortalUser.of(user).displayName()), FormErrors.none(), catalogues.forms()));
        }
        return page(programme, RoadmapItemForm.empty(), FormErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> start(@Body ProgrammeForm form, Session session) {
        return forms.submit(form, session, f -> school.startProgramme(f.toCommand()),
                p -> new Redirect("/programme/" + p.id(), "Программа на " + p.schoolYear()
                        + " учебный год создана. Дорожная карта заполнена по семи этапам целевой модели: "
                        + "уточните сроки и ответственных."),
                errors -> Page.show(ProgrammeFormPage.start(form, errors, catalogues.forms())));
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ProgrammePage>> programme(@PathVariable UUID id) {
        return page(school.programme(id), RoadmapItemForm.empty(), FormErrors.none());
    }

    @Get(uri = "/{id}/edit", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ProgrammeFormPage>> editForm(@PathVariable UUID id) {
        return Page.show(ProgrammeFormPage.edit(id.toString(), ProgrammeForm.of(school.programme(id)), FormErrors.none(),
                catalogues.forms()));
    }

    @Post(uri = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> edit(@PathVariable UUID id, @Body ProgrammeForm form, Session session) {
        return forms.submit(form, session, f -> school.updateProgramme(id, f.toCommand()),
                p -> new Redirect("/programme/" + id, "Программа сохранена."),
                errors -> Page.show(ProgrammeFormPage.edit(id.toString(), form, errors, catalogues.forms())));
    }

    ModelAndView<Page<ProgrammePage>> page(Programmes.Programme programme, RoadmapItemForm form, FormErrors errors) {
        return Page.show(ProgrammePage.of(programme, school.programmes().list(), form, errors));
    }
}
