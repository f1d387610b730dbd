package ru.mentoring.portal.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.views.ModelAndView;

/**
 * What every template receives: the page's record as {@code page}, and for the layout its
 * {@code title}, the signed-in {@code user} (a view of them without tokens) and the {@code notice} or
 * {@code noticeError} the last action left. Controllers fill only {@code page}; {@link PageModelProcessor}
 * adds the rest from the request.
 */
@Introspected
public record Page<T extends PageModel>(String title, T page, @Nullable PortalUser user, @Nullable String notice,
                                        @Nullable String noticeError) {

    /** The answer of a controller method: the page's template with its record. */
    public static <T extends PageModel> ModelAndView<Page<T>> show(T page) {
        return new ModelAndView<>(page.view(), of(page, null));
    }

    public static <T extends PageModel> Page<T> of(T page, @Nullable PortalUser user) {
        return new Page<>(page.title(), page, user, null, null);
    }

    Page<T> seenBy(@Nullable PortalUser viewer, Notices.Pending notices) {
        return new Page<>(title, page, viewer, notices.success(), notices.failure());
    }
}
