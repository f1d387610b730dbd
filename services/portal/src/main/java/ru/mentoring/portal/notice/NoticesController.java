package ru.mentoring.portal.notice;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/** What the school service told the curator, and marking it read. */
@Hidden
@Controller("/notices")
@Secured(Roles.CURATOR)
class NoticesController {

    private final SchoolClient school;
    private final FormFlow forms;

    NoticesController(SchoolClient school, FormFlow forms) {
        this.school = school;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<NoticesPage>> notices() {
        return Page.show(NoticesPage.of(school.notices()));
    }

    @Post(uri = "/{id}/read", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> read(@PathVariable UUID id, Session session) {
        return forms.act(session, "/notices", () -> {
            school.markNoticeRead(id);
            return Boolean.TRUE;
        }, done -> "Уведомление отмечено прочитанным.");
    }
}
