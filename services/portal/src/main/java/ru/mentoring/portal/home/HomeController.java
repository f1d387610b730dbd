package ru.mentoring.portal.home;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.web.Page;

@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {

    /** {@code loginFailed} is read as text: whatever else is in the address, the home page still opens. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<HomePage>> home(@Nullable @QueryValue String loginFailed) {
        return Page.show(new HomePage("true".equals(loginFailed)));
    }
}
