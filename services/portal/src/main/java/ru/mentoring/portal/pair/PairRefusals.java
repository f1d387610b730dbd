package ru.mentoring.portal.pair;

import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.BackendProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The school service refuses a pair with every reason at once, joined into one sentence by «; ». Said
 * that way above the form, a curator would have to read which field each is about; split here, each
 * reason goes under the field it is about (the mentor, the mentees, the form, the end date).
 */
public final class PairRefusals {

    private PairRefusals() {
    }

    /** The call, its refusal rewritten with each reason under its field; field errors the service named stay. */
    public static <T> T explained(Supplier<T> call) {
        try {
            return call.get();
        } catch (BackendException.Rejected rejected) {
            throw new BackendException.Rejected(rejected.service(), rejected.status(),
                    new BackendProblem(rejected.problem().title(), rejected.problem().detail(), split(rejected)));
        }
    }

    static List<BackendProblem.FieldError> split(BackendException.Rejected rejected) {
        List<BackendProblem.FieldError> errors = new ArrayList<>();
        List<BackendProblem.FieldError> given = rejected.errors();
        if (given.isEmpty() && rejected.problem().detail() != null) {
            given = List.of(new BackendProblem.FieldError(null, rejected.problem().detail()));
        }
        for (BackendProblem.FieldError error : given) {
            if (error.field() != null && !error.field().isBlank()) {
                errors.add(error);
                continue;
            }
            Arrays.stream((error.message() == null ? "" : error.message()).split(";\\s+"))
                    .filter(part -> !part.isBlank())
                    .forEach(part -> errors.add(new BackendProblem.FieldError(field(part), part.strip())));
        }
        return errors;
    }

    /** Which field of a pair's form a reason is about, by what the school service says in it. */
    static String field(String reason) {
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("дата окончания") || r.contains("раньше даты начала")) {
            return "endsOn";
        }
        if (r.contains("форма наставничества")) {
            return "form";
        }
        if (r.contains("свободно мест") || r.contains("не принимает") || r.startsWith("наставник ")
                || r.contains("наставник не найден")) {
            return "mentorId";
        }
        if (r.contains("согласия") || r.contains("в архиве") || r.contains("уже в паре")
                || r.contains("наставляемый не найден")) {
            return "menteeIds";
        }
        return null;
    }
}
