package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The archive and restore buttons of the card, each behind its confirmation. */
@Introspected
@Serdeable
record MenteeStatusForm(@Nullable @NotBlank(message = "Выберите новый статус")
                        @Pattern(regexp = "^$|CANDIDATE|ARCHIVED", message = "Наставляемого можно только перевести в архив или вернуть в базу")
                        String status) {

    String notice() {
        return "ARCHIVED".equals(status) ? "Наставляемый переведён в архив: в подборе он больше не участвует."
                : "Наставляемый возвращён в базу кандидатом.";
    }
}
