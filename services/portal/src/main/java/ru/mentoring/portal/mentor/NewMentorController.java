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

/** «Новый наставник»: a methodist registers a mentor in the municipal bank. */
@Hidden
@Controller("/mentors/new")
@Secured(Roles.METHODIST)
class NewMentorController {

    private final MentorBankClient bank;
    private final FormFlow forms;

    NewMentorController(MentorBankClient bank, FormFlow forms) {
        this.bank = bank;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<NewMentorPage>> form() {
        return Page.show(NewMentorPage.of(NewMentorForm.empty(), FormErrors.none()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> register(@Body NewMentorForm form, Session session) {
        return forms.submit(form, session, f -> bank.register(f.toRegistration()),
                mentor -> new Redirect("/directory", "Наставник добавлен в муниципальный банк: " + mentor.fullName()
                        + ". В справочнике школ он появится в течение нескольких секунд."),
                errors -> Page.show(NewMentorPage.of(form, errors)));
    }
}
