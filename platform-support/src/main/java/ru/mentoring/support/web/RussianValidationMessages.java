package ru.mentoring.support.web;

import io.micronaut.context.StaticMessageSource;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.validation.validator.messages.DefaultMessages;
import jakarta.inject.Singleton;

/**
 * The default texts of the standard constraints, in Russian: a constraint written without its own
 * message must still never show «must not be blank» or «size must be between 0 and 500» to a user.
 */
@Singleton
@Replaces(DefaultMessages.class)
class RussianValidationMessages extends StaticMessageSource {

    private static final String PREFIX = "jakarta.validation.constraints.";
    private static final String SUFFIX = ".message";

    RussianValidationMessages() {
        add("AssertFalse", "должно быть ложным");
        add("AssertTrue", "должно быть истинным");
        add("DecimalMax", "должно быть не больше {value}");
        add("DecimalMin", "должно быть не меньше {value}");
        add("Digits", "число указано неверно: не больше {integer} цифр до запятой и {fraction} после");
        add("Email", "адрес электронной почты указан неверно");
        add("Future", "дата должна быть в будущем");
        add("FutureOrPresent", "дата не может быть в прошлом");
        add("Max", "должно быть не больше {value}");
        add("Min", "должно быть не меньше {value}");
        add("Negative", "должно быть отрицательным");
        add("NegativeOrZero", "должно быть не больше нуля");
        add("NotBlank", "заполните это поле");
        add("NotEmpty", "заполните это поле");
        add("NotNull", "заполните это поле");
        add("Null", "это поле заполнять не нужно");
        add("Past", "дата должна быть в прошлом");
        add("PastOrPresent", "дата не может быть в будущем");
        add("Pattern", "значение указано в неверном формате");
        add("Positive", "должно быть больше нуля");
        add("PositiveOrZero", "не может быть отрицательным");
        add("Size", "длина должна быть от {min} до {max} символов");
    }

    private void add(String constraint, String russian) {
        addMessage(PREFIX + constraint + SUFFIX, russian);
    }
}
