package ru.mentoring.portal.web.form;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number typed into a text or number field, kept as text on the form so a refused form shows what
 * was typed: a whole number from {@code min} to {@code max}; empty is left to {@code @NotBlank}.
 */
@Constraint(validatedBy = {})
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface WholeNumber {

    int min();

    int max();

    /** Said in Russian under the field: there is no English default. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
