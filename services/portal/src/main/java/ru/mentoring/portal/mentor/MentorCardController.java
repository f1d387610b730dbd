package ru.mentoring.portal.mentor;

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
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/** The mentor's card in the bank and its edit form. An id that is no mentor's is «Страница не найдена». */
@Hidden
@Controller("/bank/{id}")
@Secured(Roles.METHODIST)
class MentorCardController {

    private final MentorBankClient bank;
    private final Catalogues catalogues;
    private final FormFlow forms;

    MentorCardController(MentorBankClient bank, Catalogues catalogues, FormFlow forms) {
        this.bank = bank;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MentorCard>> card(@PathVariable UUID id) {
        return Page.show(MentorCard.of(bank.mentor(id), catalogues.schools(), Catalogues.titles(catalogues.forms())));
    }

    @Get(uri = "/edit", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MentorEditPage>> editForm(@PathVariable UUID id) {
        return edit(id, ProfileForm.of(bank.mentor(id)), FormErrors.none());
    }

    /** A form can only POST; the bank's change is a PUT of the whole profile. */
    @Post(uri = "/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(@PathVariable UUID id, @Body ProfileForm form, Session session) {
        return forms.submit(form, session, f -> bank.update(id, f.toChange()),
                saved -> new Redirect("/bank/" + id, "Профиль наставника сохранён: " + saved.fullName() + "."),
                errors -> edit(id, form, errors));
    }

    private ModelAndView<Page<MentorEditPage>> edit(UUID id, ProfileForm form, FormErrors errors) {
        return Page.show(MentorEditPage.of(id, form, errors, catalogues.schools(), catalogues.competencies(),
                catalogues.forms()));
    }
}
