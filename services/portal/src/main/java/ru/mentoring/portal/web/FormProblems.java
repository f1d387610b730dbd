package ru.mentoring.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A refused form, said back on the form: the summary above it and each message under its field. */
public final class FormProblems {

    private FormProblems() {
    }

    /** Messages by form field; those the service named no field for go under the empty key. */
    public static Map<String, String> byField(BackendException.Rejected rejected) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (BackendProblem.FieldError error : rejected.errors()) {
            byField.merge(error.field() == null ? "" : error.field(), error.message(), (a, b) -> a + "; " + b);
        }
        return byField;
    }

    public static String summary(BackendException.Rejected rejected, String fallback) {
        BackendProblem problem = rejected.problem();
        List<BackendProblem.FieldError> errors = rejected.errors();
        if (!errors.isEmpty() && errors.stream().anyMatch(e -> e.field() != null && !e.field().isBlank())) {
            return "Проверьте заполнение формы";
        }
        return problem.detail() != null && !problem.detail().isBlank() ? problem.detail()
                : problem.title() != null ? problem.title() : fallback;
    }
}
