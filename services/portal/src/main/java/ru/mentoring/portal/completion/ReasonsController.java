package ru.mentoring.portal.completion;

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
import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

/** The school's reasons for ending a pair early: added, renamed, retired and restored by the curator. */
@Hidden
@Controller("/termination-reasons")
@Secured(Roles.CURATOR)
class ReasonsController {

    private static final String BACK = "/termination-reasons";

    private final SchoolClient school;
    private final FormFlow forms;

    ReasonsController(SchoolClient school, FormFlow forms) {
        this.school = school;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ReasonsPage>> list() {
        return page(ReasonForm.empty(), FormErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(@Body ReasonForm form, Session session) {
        return forms.submit(form, session, f -> school.addTerminationReason(new Completions.NewReason(f.title().strip())),
                r -> new Redirect(BACK, "Причина добавлена: " + r.title() + "."),
                errors -> page(form, errors));
    }

    @Post(uri = "/{code}/rename", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rename(@PathVariable String code, @Body ReasonForm form, Session session) {
        return forms.act(form, session, BACK,
                f -> school.changeTerminationReason(code, new Completions.ReasonChange(f.title().strip(), true)),
                r -> "Причина переименована: " + r.title() + ".");
    }

    /** The title travels with the button: the service's change always names the reason. */
    @Post(uri = "/{code}/retire", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> retire(@PathVariable String code, @Body ReasonForm form, Session session) {
        return forms.act(form, session, BACK,
                f -> school.changeTerminationReason(code, new Completions.ReasonChange(f.title().strip(), false)),
                r -> "Причина «" + r.title() + "» больше не предлагается; у прекращённых пар она сохранилась.");
    }

    @Post(uri = "/{code}/restore", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> restore(@PathVariable String code, @Body ReasonForm form, Session session) {
        return forms.act(form, session, BACK,
                f -> school.changeTerminationReason(code, new Completions.ReasonChange(f.title().strip(), true)),
                r -> "Причина «" + r.title() + "» снова предлагается.");
    }

    private ModelAndView<Page<ReasonsPage>> page(ReasonForm form, FormErrors errors) {
        return Page.show(new ReasonsPage(school.terminationReasons().list(), form, errors));
    }
}
