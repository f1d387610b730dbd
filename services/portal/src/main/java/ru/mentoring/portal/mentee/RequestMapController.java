package ru.mentoring.portal.mentee;

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
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

/** «Карта запросов»: the school's managed list of request categories, added, renamed, retired and restored. */
@Hidden
@Controller("/mentees/requests")
@Secured(Roles.CURATOR)
class RequestMapController {

    private static final String BACK = "/mentees/requests";

    private final SchoolClient school;
    private final FormFlow forms;

    RequestMapController(SchoolClient school, FormFlow forms) {
        this.school = school;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<RequestMapPage>> map() {
        return page(CategoryForm.empty(), FormErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(@Body CategoryForm form, Session session) {
        return forms.submit(form, session, f -> school.addRequestCategory(new Mentees.NewCategory(f.title().strip())),
                c -> new Redirect(BACK, "Категория добавлена: " + c.title() + "."),
                errors -> page(form, errors));
    }

    @Post(uri = "/{code}/rename", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rename(@PathVariable String code, @Body CategoryForm form, Session session) {
        return forms.act(form, session, BACK,
                f -> school.changeRequestCategory(code, new Mentees.CategoryChange(f.title().strip(), true)),
                c -> "Категория переименована: " + c.title() + ".");
    }

    /** The title travels with the button: the service's change always names the category. */
    @Post(uri = "/{code}/retire", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> retire(@PathVariable String code, @Body CategoryForm form, Session session) {
        return forms.act(form, session, BACK,
                f -> school.changeRequestCategory(code, new Mentees.CategoryChange(f.title().strip(), false)),
                c -> "Категория «" + c.title() + "» больше не предлагается; у наставляемых она сохранилась.");
    }

    @Post(uri = "/{code}/restore", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> restore(@PathVariable String code, @Body CategoryForm form, Session session) {
        return forms.act(form, session, BACK,
                f -> school.changeRequestCategory(code, new Mentees.CategoryChange(f.title().strip(), true)),
                c -> "Категория «" + c.title() + "» снова предлагается.");
    }

    private ModelAndView<Page<RequestMapPage>> page(CategoryForm form, FormErrors errors) {
        return Page.show(RequestMapPage.of(school.requestCategories().list(), school.mentees(null, null, null, null).list(),
                form, errors));
    }
}
