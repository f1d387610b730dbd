package ru.mentoring.portal.web.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.http.HttpStatus;
import io.micronaut.session.Session;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.web.Notices;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a form is handled: check it here (its annotations, then {@link CheckedForm}), call the
 * service, and either redirect with a notice or show the form again, filled as the user left it,
 * with every error under its field. A refusal of the service ({@link BackendException.Rejected}) is
 * treated like a local error; any other failure goes on to the error pages.
 */
@Singleton
public class FormFlow {

    private final Validator validator;

    FormFlow(Validator validator) {
        this.validator = validator;
    }

    /**
     * A form page: on success to {@code success}'s address with its notice, else {@code page} again. The page
     * is a view with its model ({@code Page.show}): a bare model would reach the browser as no page at all.
     */
    public <F, R> HttpResponse<?> submit(F form, Session session, Function<F, R> call,
                                         Function<R, Redirect> success,
                                         Function<FormErrors, ? extends ModelAndView<?>> page) {
        return run(form, call, result -> redirect(session, success.apply(result)),
                errors -> HttpResponse.status(HttpStatus.valueOf(errors.status())).body(page.apply(errors)));
    }

    /** A small form inside a page (a button, a reason): its outcome is a notice back on that page. */
    public <F, R> HttpResponse<?> act(F form, Session session, String back, Function<F, R> call,
                                      Function<R, String> notice) {
        return run(form, call, result -> redirect(session, new Redirect(back, notice.apply(result))),
                errors -> back(session, back, errors));
    }

    /** A button with nothing typed: approve, accept, remove. */
    public <R> HttpResponse<?> act(Session session, String back, Supplier<R> call, Function<R, String> notice) {
        return act(null, session, back, ignored -> call.get(), notice);
    }

    /** The flow itself, for the rare page that answers a success with something other than a redirect. */
    public <F, R> HttpResponse<?> run(@Nullable F form, Function<F, R> call,
                                      Function<R, HttpResponse<?>> success,
                                      Function<FormErrors, HttpResponse<?>> failure) {
        FormErrors found = check(form);
        if (!found.isEmpty()) {
            return failure.apply(found);
        }
        R result;
        try {
            result = call.apply(form);
        } catch (BackendException.Rejected rejected) {
            return failure.apply(FormErrors.refused(form == null ? Object.class : form.getClass(), rejected));
        }
        return success.apply(result);
    }

    /** Everything the portal itself can find wrong with a form, all at once. */
    public FormErrors check(@Nullable Object form) {
        if (form == null) {
            return FormErrors.none();
        }
        List<FormErrors.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            errors.add(new FormErrors.FieldError(field(violation.getPropertyPath()), violation.getMessage()));
        }
        if (form instanceof CheckedForm checked) {
            errors.addAll(checked.check());
        }
        return FormErrors.found(form.getClass(), errors);
    }

    /** Back to the page an action came from, its errors said there as one notice. */
    public HttpResponse<?> back(Session session, String location, FormErrors errors) {
        Notices.failure(session, errors.text());
        return HttpResponse.seeOther(URI.create(location));
    }

    private static HttpResponse<?> redirect(Session session, Redirect redirect) {
        Notices.success(session, redirect.notice());
        return HttpResponse.seeOther(URI.create(redirect.location()));
    }

    /** {@code strengths[0].<list element>} is still the field {@code strengths}. */
    @Nullable
    private static String field(Path path) {
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                return node.getName();
            }
        }
        return null;
    }
}
