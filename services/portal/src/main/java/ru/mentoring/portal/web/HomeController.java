package ru.mentoring.portal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> home(@Nullable @QueryValue Boolean loginFailed) {
        return Pages.page("home", "Главная", Map.of("loginFailed", Boolean.TRUE.equals(loginFailed)));
    }

    /** Where the security filter sends a signed-in user who lacks the role a page needs. */
    @Get(uri = "/forbidden", produces = MediaType.TEXT_HTML)
    HttpResponse<?> forbidden() {
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .body(Pages.page("error", "Недостаточно прав", Map.of(
                        "heading", "Недостаточно прав",
                        "message", "У вашей учётной записи нет доступа к этой странице. "
                                + "Если доступ нужен для работы, обратитесь к методисту ИМЦ или администратору.")));
    }
}
