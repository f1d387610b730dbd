package ru.mentoring.portal.mentee;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/** «Выдать вход» and «Отключить вход» on a mentee's card. */
@Hidden
@Controller("/mentees/{id}/login")
@Secured(Roles.CURATOR)
class MenteeLoginController {

    private final SchoolClient school;
    private final MenteeCards cards;
    private final FormFlow forms;

    MenteeLoginController(SchoolClient school, MenteeCards cards, FormFlow forms) {
        this.school = school;
        this.cards = cards;
        this.forms = forms;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> issue(@PathVariable UUID id, @Body MenteeLoginForm form, Session session) {
        return forms.submit(form, session,
                f -> LoginRefusals.underTheAddress(() -> school.issueMenteeLogin(id, f.toCommand())),
                login -> new Redirect("/mentees/" + id, "Вход выдан: письмо с логином и временным паролем отправлено на "
                        + login.email() + ". При первом входе наставляемый сменит пароль."),
                errors -> Page.show(cards.card(id, form, errors)));
    }

    @Post(uri = "/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> disable(@PathVariable UUID id, Session session) {
        return forms.act(session, "/mentees/" + id, () -> school.disableMenteeLogin(id),
                done -> "Вход отключён: наставляемый больше не войдёт в платформу.");
    }
}
