package ru.mentoring.portal.web.error;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.RussianText;

import java.net.URI;

/**
 * What a page shows when it cannot be shown: always the Russian error page, never a stack trace or an
 * exception's text. Error routes for exceptions rather than exception handlers, because only routes
 * get their {@code ModelAndView} rendered. No status routes: Micronaut would put one in place of every
 * page a controller answers with that status (a refused form is a 400 with the form on it). Statuses
 * with no route here, an unknown address among them, are rendered by {@link HtmlErrorPages}.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class ErrorRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorRoutes.class);

    private final RedirectService redirects;
    private final PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin;

    ErrorRoutes(RedirectService redirects, PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin) {
        this.redirects = redirects;
        this.priorToLogin = priorToLogin;
    }

    /** Where the security filter sends a signed-in user who lacks the role a page needs. */
    @Get("/forbidden")
    HttpResponse<?> forbidden() {
        return page(HttpStatus.FORBIDDEN, ErrorPage.forbidden());
    }

    /**
     * A value in the address the portal cannot read: an id that is no id names no record, so «Страница
     * не найдена»; a form body that cannot be read is a bad request.
     */
    @Error(global = true, exception = ConversionErrorException.class)
    HttpResponse<?> unreadable(ConversionErrorException exception) {
        boolean body = exception.getArgument().getAnnotationMetadata().hasAnnotation(Body.class);
        return body ? page(HttpStatus.BAD_REQUEST, ErrorPage.badRequest()) : notFound();
    }

    @Error(global = true, exception = BackendException.class)
    HttpResponse<?> backend(HttpRequest<?> request, BackendException exception) {
        return switch (exception) {
            case BackendException.Unauthorized ignored -> {
                // the access token expired: sign in again (Keycloak's own session usually makes it
                // instant) and come back to the same page
                MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(redirects.unauthorizedUrl()));
                priorToLogin.onUnauthorized(request, response);
                yield response;
            }
            case BackendException.Forbidden ignored -> page(HttpStatus.FORBIDDEN, new ErrorPage("Недостаточно прав",
                    "Сервис «" + exception.service() + "» не разрешает это действие вашей учётной записи."));
            case BackendException.Rejected rejected when rejected.status() == 404 -> notFound();
            case BackendException.Rejected rejected -> page(HttpStatus.valueOf(rejected.status()), new ErrorPage(
                    RussianText.of(rejected.problem().title(), "Запрос отклонён"),
                    RussianText.of(rejected.problem().detail(), "Сервис «" + exception.service()
                            + "» отклонил запрос.")));
            case BackendException.Unavailable ignored ->
                    page(HttpStatus.SERVICE_UNAVAILABLE, ErrorPage.unavailable(exception.service()));
        };
    }

    /** A backend call that failed outside the user-token filter, e.g. the client's own overall timeout. */
    @Error(global = true, exception = HttpClientException.class)
    HttpResponse<?> client(HttpRequest<?> request, HttpClientException exception) {
        LOG.warn("{} {}: a backend call failed: {}", request.getMethod(), request.getPath(), exception.toString());
        return page(HttpStatus.SERVICE_UNAVAILABLE, ErrorPage.unavailable("Сервис портала"));
    }

    private static HttpResponse<?> notFound() {
        return page(HttpStatus.NOT_FOUND, ErrorPage.notFound());
    }

    private static HttpResponse<?> page(HttpStatus status, ErrorPage page) {
        return HttpResponse.status(status).body(Page.show(page));
    }
}
