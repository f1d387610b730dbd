package ru.mentoring.portal.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code application/problem+json} body the backend services answer errors with. */
@Serdeable
public record BackendProblem(@Nullable String title, @Nullable String detail, @Nullable List<FieldError> errors) {

    @Serdeable
    public record FieldError(@Nullable String field, String message) {

        private static final Pattern PATH_PREFIX = Pattern.compile("^([A-Za-z_][\\w.\\[\\]]*):\\s*(.+)$", Pattern.DOTALL);

        /**
         * Some services leave {@code field} empty and prefix the message with the validation path
         * ("command.fullName: Укажите ФИО"); this recovers the field and the bare Russian message.
         */
        public FieldError normalised() {
            if (field != null && !field.isBlank()) {
                return this;
            }
            Matcher m = PATH_PREFIX.matcher(message == null ? "" : message);
            if (!m.matches()) {
                return this;
            }
            String path = m.group(1);
            return new FieldError(path.substring(path.lastIndexOf('.') + 1), m.group(2));
        }
    }

    public static BackendProblem untitled(String detail) {
        return new BackendProblem(null, detail, List.of());
    }
}
