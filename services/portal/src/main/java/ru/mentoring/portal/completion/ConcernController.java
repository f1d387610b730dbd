package ru.mentoring.portal.completion;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.school.Oversight;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/** The curator flags a concern about a pair with a minor, from the oversight board or the pair's page. */
@Hidden
@Controller("/pairs/{id}/concerns")
@Secured(Roles.CURATOR)
class ConcernController {

    private final SchoolClient school;
    private final FormFlow forms;

    ConcernController(SchoolClient school, FormFlow forms) {
        this.school = school;
        this.forms = forms;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> flag(@PathVariable UUID id, @Body ConcernForm form, Session session) {
        // back only to one of the two pages the form is on, never to an address the request names
        String back = "oversight".equals(form.from()) ? "/oversight#pair-" + id : "/pairs/" + id;
        return forms.act(form, session, back, f -> school.flagConcern(id, new Oversight.NewConcern(f.text().strip())),
                r -> "Опасение отмечено: оно видно на доске наблюдения и на странице пары.");
    }
}
