package ru.mentoring.portal.oversight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.support.tenancy.Roles;

/** The curator's oversight board, one call to the school service. */
@Hidden
@Controller("/oversight")
@Secured(Roles.CURATOR)
class OversightController {

    private final SchoolClient school;

    OversightController(SchoolClient school) {
        this.school = school;
    }

    /** {@code show} is read as text: an unknown filter shows every pair. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<OversightPage>> board(@Nullable @QueryValue String show) {
        return Page.show(OversightPage.of(show, school.oversight()));
    }
}
