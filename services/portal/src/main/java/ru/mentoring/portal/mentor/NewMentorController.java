package ru.mentoring.portal.mentor;

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
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

/** «Новый наставник»: the methodist registers a mentor with the same form that edits one. */
@Hidden
@Controller("/mentors/new")
@Secured(Roles.METHODIST)
class NewMentorController {

    private final MentorBankClient bank;
    private final MentorForms pages;
    private final FormFlow forms;

    NewMentorController(MentorBankClient bank, MentorForms pages, FormFlow forms) {
        this.bank = bank;
        this.pages = pages;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MentorFormPage>> form() {
        return Page.show(pages.of(null, ProfileForm.empty(), FormErrors.none()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> register(@Body ProfileForm form, Session session) {
        return forms.submit(form, session, f -> bank.register(f.toChange()),
                mentor -> new Redirect("/bank/" + mentor.id(), "Наставник добавлен в банк: " + mentor.fullName()
                        + ". В справочнике школ он появится в течение нескольких секунд."),
                errors -> Page.show(pages.of(null, form, errors)));
    }
}
