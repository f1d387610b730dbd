package ru.mentoring.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.Map;

/**
 * What a page shows when a backend service failed it; never a stack trace. An error route rather
 * than an ExceptionHandler, because only routes get their ModelAndView rendered as HTML.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class BackendErrorHandler {

    private final RedirectService redirects;
    private final PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin;

    BackendErrorHandler(RedirectService redirects,
                        PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin) {
        this.redirects = redirects;
        this.priorToLogin = priorToLogin;
    }

    @Error(global = true, exception = BackendException.class)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> handle(HttpRequest<?> request, BackendException exception) {
        return switch (exception) {
            case BackendException.Unauthorized ignored -> {
                // the access token expired: sign in again (Keycloak's own session usually makes it
                // instant) and come back to the same page
                MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(redirects.unauthorizedUrl()));
                priorToLogin.onUnauthorized(request, response);
                yield response;
            }
            case BackendException.Forbidden ignored -> HttpResponse.status(HttpStatus.FORBIDDEN).body(error(
                    "Недостаточно прав",
                    "Сервис «" + exception.service() + "» не разрешает это действие вашей учётной записи."));
            case BackendException.Rejected rejected -> HttpResponse.status(HttpStatus.valueOf(rejected.status()))
                    .body(error(rejected.problem().title() != null ? rejected.problem().title() : "Запрос отклонён",
                            rejected.problem().detail() != null ? rejected.problem().detail()
                                    : "Сервис «" + exception.service() + "» отклонил запрос."));
            case BackendException.Unavailable ignored -> HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(error(
                    "Сервис временно недоступен",
                    "Сервис временно недоступен: «" + exception.service() + "» сейчас не отвечает. "
                            + "Повторите попытку через несколько минут."));
        };
    }

    private static ModelAndView<Map<String, Object>> error(String heading, String message) {
        return Pages.page("error", heading, Map.of("heading", heading, "message", message));
    }
}
