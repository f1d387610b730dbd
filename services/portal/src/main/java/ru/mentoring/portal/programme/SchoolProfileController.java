package ru.mentoring.portal.programme;

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
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

/** «Сведения о школе»: the name and director printed on the orders and consent forms. */
@Hidden
@Controller("/school-profile")
@Secured(Roles.CURATOR)
class SchoolProfileController {

    private final SchoolClient school;
    private final FormFlow forms;

    SchoolProfileController(SchoolClient school, FormFlow forms) {
        this.school = school;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<SchoolProfilePage>> form() {
        return Page.show(new SchoolProfilePage(SchoolProfileForm.of(school.schoolProfile()), FormErrors.none()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(@Body SchoolProfileForm form, Session session) {
        return forms.submit(form, session, f -> school.saveSchoolProfile(f.toCommand()),
                p -> new Redirect("/programme", "Сведения о школе сохранены: они войдут в приказы и бланки согласий."),
                errors -> Page.show(new SchoolProfilePage(form, errors)));
    }
}
