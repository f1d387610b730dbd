package ru.mentoring.portal.practice;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.backend.practices.PracticesClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Submitting a practice (curators and mentors) and editing a draft or a returned version. */
@Hidden
@Controller("/practices")
@Secured({Roles.CURATOR, Roles.MENTOR})
class PracticeFormController {

    private final PracticesClient library;
    private final Catalogues catalogues;
    private final FormFlow forms;

    PracticeFormController(PracticesClient library, Catalogues catalogues, FormFlow forms) {
        this.library = library;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<PracticeFormPage>> blank() {
        return Page.show(page(null, PracticeFormFields.empty(), FormErrors.none()));
    }

    @Post(uri = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(@Body PracticeFormFields form, Session session) {
        return forms.submit(form, session, f -> library.create(f.toSubmission()),
                p -> new Redirect("/practices/" + p.id(), notice(p)), errors -> Page.show(page(null, form, errors)));
    }

    /** The version being written: the open one, not the published one readers see. */
    @Get(uri = "/{id}/edit", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<PracticeFormPage>> edit(@PathVariable UUID id) {
        Practices.Page shown = library.practice(id, null);
        Practices.Page open = shown.latestVersion() == shown.version() ? shown : library.practice(id, shown.latestVersion());
        return Page.show(page(id.toString(), PracticeFormFields.of(open), FormErrors.none()));
    }

    @Post(uri = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(@PathVariable UUID id, @Body PracticeFormFields form, Session session) {
        return forms.submit(form, session, f -> library.edit(id, f.toSubmission()),
                p -> new Redirect("/practices/" + id + "?version=" + p.version(), notice(p)),
                errors -> Page.show(page(id.toString(), form, errors)));
    }

    private static String notice(Practices.Page p) {
        return "SUBMITTED".equals(p.status())
                ? "Практика отправлена на экспертизу. Методист назначит экспертов, решение придёт уведомлением."
                : "Черновик сохранён. Его видят только авторы и куратор школы.";
    }

    private PracticeFormPage page(String id, PracticeFormFields form, FormErrors errors) {
        List<Option> formOptions = new ArrayList<>(Option.of(catalogues.forms(), Catalogue.Entry::title,
                Catalogue.Entry::title, f -> f.title().equals(form.form())));
        if (form.form() != null && !form.form().isBlank() && formOptions.stream().noneMatch(Option::selected)) {
            formOptions.add(new Option(form.form(), form.form(), true));
        }
        List<String> chosen = form.competencies() == null ? List.of() : form.competencies();
        List<Option> competencies = new ArrayList<>(Option.of(catalogues.competencies(), Catalogue.Entry::title,
                Catalogue.Entry::title, c -> chosen.contains(c.title())));
        chosen.stream().filter(c -> competencies.stream().noneMatch(o -> o.value().equals(c)))
                .forEach(c -> competencies.add(new Option(c, c, true)));
        return new PracticeFormPage(id, form, errors, formOptions, competencies, PracticeLabels.levels(form.level()));
    }
}
