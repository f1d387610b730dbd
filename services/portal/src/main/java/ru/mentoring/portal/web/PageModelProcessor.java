package ru.mentoring.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import ru.mentoring.portal.catalogue.SchoolLabels;

/**
 * Every page's header shows who is signed in and the outcome of the last action, so every page gets
 * them here rather than from each controller. Only {@link PortalUser} reaches a template, never the
 * authentication attributes with the tokens (the stock security processor is switched off for that).
 */
@Singleton
class PageModelProcessor implements ViewModelProcessor<Page<?>> {

    private final SchoolLabels schools;

    PageModelProcessor(SchoolLabels schools) {
        this.schools = schools;
    }

    /** The user's school is named as the bank names it, like on every other page. */
    @Override
    public void process(HttpRequest<?> request, ModelAndView<Page<?>> view) {
        view.getModel().ifPresent(page -> view.setModel(page.seenBy(
                request.getUserPrincipal(Authentication.class).map(PortalUser::of)
                        .map(u -> u.schoolId().map(id -> u.withSchoolName(schools.of(id))).orElse(u)).orElse(null),
                Notices.take(request))));
    }
}
