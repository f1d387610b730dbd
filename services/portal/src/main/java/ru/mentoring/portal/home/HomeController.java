package ru.mentoring.portal.home;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;

import java.util.List;

@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {

    private final NextSteps next;

    HomeController(NextSteps next) {
        this.next = next;
    }

    /** {@code loginFailed} is read as text: whatever else is in the address, the home page still opens. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<HomePage>> home(@Nullable @QueryValue String loginFailed, @Nullable Authentication user) {
        return Page.show(new HomePage("true".equals(loginFailed),
                user == null ? List.of() : next.of(PortalUser.of(user))));
    }
}
