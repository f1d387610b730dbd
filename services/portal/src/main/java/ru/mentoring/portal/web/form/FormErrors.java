package ru.mentoring.portal.web.form;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.BackendProblem;
import ru.mentoring.portal.web.RussianText;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything wrong with a submitted form at once: each message belongs under its field, in the order
 * the form record declares its fields (which is the order the page shows them); messages about no
 * field of the form go first, above the form. Templates ask {@code errors.has('fullName')} and
 * {@code errors.of('fullName')}; the summary lists {@link #all()}.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(List.of(), 200);

    private final List<FieldError> errors;
    private final int status;

    private FormErrors(List<FieldError> errors, int status) {
        this.errors = errors;
        this.status = status;
    }

    /** A message and the form field it belongs under; {@code field} is null for the form as a whole. */
    public record FieldError(@Nullable String field, String message) {
    }

    public static FormErrors none() {
        return NONE;
    }

    /** What the portal found wrong itself, before calling any service. */
    public static FormErrors found(Class<?> form, Collection<FieldError> errors) {
        return new FormErrors(ordered(form, errors), 400);
    }

    /** A service's refusal said on the form: its field errors under the form's fields, the rest above. */
    public static FormErrors refused(Class<?> form, BackendException.Rejected rejected) {
        String refusal = "Сервис «" + rejected.service() + "» отклонил запрос.";
        List<FieldError> errors = rejected.errors().stream()
                .map(e -> new FieldError(e.field(), RussianText.of(e.message(), refusal))).toList();
        if (errors.isEmpty()) {
            BackendProblem problem = rejected.problem();
            errors = List.of(new FieldError(null, RussianText.of(problem.detail(), RussianText.of(problem.title(),
                    refusal))));
        }
        return new FormErrors(ordered(form, errors), rejected.status());
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }

    public List<String> of(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(FieldError::message).toList();
    }

    public List<FieldError> all() {
        return errors;
    }

    /** The summary's heading: a form to correct, or a refusal about nothing the user typed. */
    public String heading() {
        return errors.stream().anyMatch(e -> e.field() != null) ? "Проверьте заполнение формы"
                : "Не удалось выполнить действие";
    }

    /** All messages as one line, for a notice on the page an action returns to. */
    public String text() {
        return errors.stream().map(FieldError::message).map(m -> m.endsWith(".") ? m : m + ".")
                .collect(Collectors.joining(" "));
    }

    /** 400 for what the portal found, the service's own status for a refusal. */
    public int status() {
        return status;
    }

    private static List<FieldError> ordered(Class<?> form, Collection<FieldError> errors) {
        List<String> fields = form.isRecord()
                ? Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
        return errors.stream()
                .map(e -> e.field() != null && fields.contains(e.field()) ? e : new FieldError(null, e.message()))
                .distinct()
                .sorted(Comparator.comparingInt(e -> e.field() == null ? -1 : fields.indexOf(e.field())))
                .toList();
    }
}
