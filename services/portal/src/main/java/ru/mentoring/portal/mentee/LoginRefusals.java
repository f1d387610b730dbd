package ru.mentoring.portal.mentee;

import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.BackendProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The school service refuses a login with every reason at once, joined by «; » (a minor without the
 * parent's consent, an archived mentee, an address in use). The form has one field, the address: each
 * reason is said under it, where the curator is looking.
 */
final class LoginRefusals {

    static final String FIELD = "email";

    private LoginRefusals() {
    }

    static <T> T underTheAddress(Supplier<T> call) {
        try {
            return call.get();
        } catch (BackendException.Rejected rejected) {
            if (rejected.status() == 404) {
                throw rejected; // the mentee is not the school's: «Страница не найдена», not a form to fix
            }
            throw new BackendException.Rejected(rejected.service(), rejected.status(),
                    new BackendProblem(rejected.problem().title(), rejected.problem().detail(), split(rejected)));
        }
    }

    static List<BackendProblem.FieldError> split(BackendException.Rejected rejected) {
        List<BackendProblem.FieldError> given = rejected.errors();
        if (given.isEmpty() && rejected.problem().detail() != null) {
            given = List.of(new BackendProblem.FieldError(null, rejected.problem().detail()));
        }
        List<BackendProblem.FieldError> errors = new ArrayList<>();
        for (BackendProblem.FieldError error : given) {
            Arrays.stream((error.message() == null ? "" : error.message()).split(";\\s+"))
                    .filter(part -> !part.isBlank())
                    .forEach(part -> errors.add(new BackendProblem.FieldError(FIELD, part.strip())));
        }
        return errors;
    }
}
