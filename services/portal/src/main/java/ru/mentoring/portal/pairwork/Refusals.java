package ru.mentoring.portal.pairwork;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.BackendProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The school service refuses a meeting, a plan, a completion with every reason at once: as field errors
 * where bean validation named the field, otherwise as one sentence joined by «; ». Each reason is put
 * under the field of the portal's form it is about — a field the service named is renamed to the form's
 * ({@code tasks[2].dueOn} → {@code dueOn}), an unnamed reason is placed by what it says — and what fits no
 * field stays above the form, still said.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * The call, its refusal rewritten for a form: {@code rename} maps a field the service named to the
     * form's (null: above the form), {@code byText} places an unnamed reason by its lower-cased text.
     */
    public static <T> T explained(Supplier<T> call, Function<String, String> rename, Function<String, String> byText) {
        return explained(call, (field, message) -> rename.apply(field), byText);
    }

    /** The same, the field the service named placed knowing its message too (which task of a plan it is about). */
    public static <T> T explained(Supplier<T> call, BiFunction<String, String, String> rename,
                                  Function<String, String> byText) {
        try {
            return call.get();
        } catch (BackendException.Rejected rejected) {
            throw new BackendException.Rejected(rejected.service(), rejected.status(),
                    new BackendProblem(rejected.problem().title(), rejected.problem().detail(),
                            split(rejected, rename, byText)));
        }
    }

    static List<BackendProblem.FieldError> split(BackendException.Rejected rejected,
                                                 BiFunction<String, String, String> rename,
                                                 Function<String, String> byText) {
        List<BackendProblem.FieldError> given = rejected.errors();
        if (given.isEmpty() && rejected.problem().detail() != null) {
            given = List.of(new BackendProblem.FieldError(null, rejected.problem().detail()));
        }
        List<BackendProblem.FieldError> errors = new ArrayList<>();
        for (BackendProblem.FieldError error : given) {
            String message = error.message() == null ? "" : error.message();
            if (error.field() != null && !error.field().isBlank()) {
                errors.add(new BackendProblem.FieldError(rename.apply(error.field().strip(), message), message));
                continue;
            }
            Arrays.stream(message.split(";\\s+")).map(String::strip).filter(part -> !part.isEmpty())
                    .forEach(part -> errors.add(new BackendProblem.FieldError(
                            byText.apply(part.toLowerCase(Locale.ROOT)), part)));
        }
        return errors;
    }

    /** The last part of a field path: {@code tasks[2].dueOn} → {@code dueOn}, {@code body.topic} → {@code topic}. */
    @Nullable
    public static String leaf(@Nullable String field) {
        if (field == null) {
            return null;
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
