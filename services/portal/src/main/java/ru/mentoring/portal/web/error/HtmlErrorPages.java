package ru.mentoring.portal.web.error;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.portal.web.Page;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;

/**
 * Every error answer to a browser that no error route rendered (a 500 from an unexpected exception,
 * 405, 413 …) is the portal's Russian error page too. The framework's own page would say the status
 * in English, and the text it is handed may carry the exception's message: only the status is used.
 */
@Singleton
class HtmlErrorPages implements HtmlErrorResponseBodyProvider {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlErrorPages.class);

    private final ModelAndViewRenderer<Page<?>, HttpRequest<?>> renderer;

    HtmlErrorPages(ModelAndViewRenderer<Page<?>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        ErrorPage page = ErrorPage.forStatus(response.code());
        try {
            Optional<Writable> html = renderer.render(new ModelAndView<Page<?>>(page.view(), Page.of(page, null)),
                    context.getRequest(), MediaType.TEXT_HTML);
            if (html.isPresent()) {
                StringWriter out = new StringWriter();
                html.get().writeTo(out);
                return out.toString();
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("the error page could not be rendered for status {}", response.code(), e);
        }
        return plain(page);
    }

    /** The last resort when even the template fails: the same words, without the layout. */
    private static String plain(ErrorPage page) {
        return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"><title>" + page.heading()
                + " — Сеть наставничества</title><link rel=\"stylesheet\" href=\"/static/portal.css\"></head><body>"
                + "<main class=\"content\"><h1>" + page.heading() + "</h1><p>" + page.message()
                + "</p><p><a href=\"/\">Вернуться на главную</a></p></main></body></html>";
    }
}
