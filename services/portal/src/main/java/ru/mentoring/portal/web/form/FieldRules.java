package ru.mentoring.portal.web.form;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import ru.mentoring.portal.web.Dates;

import java.util.regex.Pattern;

/** What {@link DateField}, {@link EmailField} and {@link WholeNumber} accept. */
@Factory
class FieldRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Singleton
    ConstraintValidator<DateField, String> dateField() {
        return (value, annotation, context) -> value == null || value.isBlank() || Dates.parse(value) != null;
    }

    @Singleton
    ConstraintValidator<EmailField, String> emailField() {
        return (value, annotation, context) -> value == null || value.isBlank()
                || EMAIL.matcher(value.strip()).matches();
    }

    @Singleton
    ConstraintValidator<WholeNumber, String> wholeNumber() {
        return (value, annotation, context) -> {
            if (value == null || value.isBlank()) {
                return true;
            }
            Integer number = Typed.whole(value);
            return number != null && number >= annotation.intValue("min").orElse(Integer.MIN_VALUE)
                    && number <= annotation.intValue("max").orElse(Integer.MAX_VALUE);
        };
    }
}
