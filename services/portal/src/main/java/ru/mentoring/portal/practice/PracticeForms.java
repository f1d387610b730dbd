package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.web.form.WholeNumber;

/** The small forms of the practice page and the review page, each as typed. */
final class PracticeForms {

    private PracticeForms() {
    }

    @Introspected
    @Serdeable
    record RateForm(@Nullable @NotBlank(message = "Выберите оценку")
                    @WholeNumber(min = 1, max = 5, message = "Оценка — от 1 до 5 звёзд") String stars) {
    }

    @Introspected
    @Serdeable
    record CommentForm(@Nullable @NotBlank(message = "Напишите текст комментария")
                       @Size(max = 4000, message = "Комментарий не длиннее 4000 символов") String text) {
    }

    @Introspected
    @Serdeable
    record ReasonForm(@Nullable @NotBlank(message = "Укажите причину: её прочтут авторы практики")
                      @Size(max = 2000, message = "Причина не длиннее 2000 символов") String reason) {
    }
}
