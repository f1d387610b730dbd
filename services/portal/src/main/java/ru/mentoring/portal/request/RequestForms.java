package ru.mentoring.portal.request;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.util.List;

/** The small forms of the request pages: a curator's request from the directory and a refusal's reason. */
final class RequestForms {

    private RequestForms() {
    }

    /** «Запросить» on a directory row; the name only words the notice. */
    @Introspected
    @Serdeable
    record Ask(@Nullable String mentorId, @Nullable String mentorName,
               @Nullable @NotBlank(message = "Опишите, для какой задачи нужен наставник")
               @Size(max = 2000, message = "Описание задачи не длиннее 2000 символов") String need)
            implements CheckedForm {

        @Override
        public List<FormErrors.FieldError> check() {
            return Typed.id(mentorId) == null
                    ? List.of(new FormErrors.FieldError("mentorId", "Не выбран наставник")) : List.of();
        }

        String named() {
            return Typed.text(mentorName) == null ? "" : ": " + mentorName.strip();
        }
    }

    @Introspected
    @Serdeable
    record Decline(@Nullable @NotBlank(message = "Укажите причину отказа: школа увидит её в своём запросе")
                   @Size(max = 2000, message = "Причина отказа не длиннее 2000 символов") String reason) {
    }
}
