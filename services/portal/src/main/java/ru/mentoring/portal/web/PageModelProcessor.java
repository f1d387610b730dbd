package ru.mentoring.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

/**
 * Every page's header shows who is signed in and the outcome of the last action, so every page gets
 * them here rather than from each controller. Only {@link PortalUser} reaches a template, never the
 * authentication attributes with the tokens (the stock security processor is switched off for that).
 */
@Singleton
class PageModelProcessor implements ViewModelProcessor<Page<?>> {

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Page<?>> view) {
        view.getModel().ifPresent(page -> view.setModel(page.seenBy(
                request.getUserPrincipal(Authentication.class).map(PortalUser::of).orElse(null),
                Notices.take(request))));
    }
}
