package ru.mentoring.portal.nomination;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The methodist's reason for turning a nomination down: the curator reads it. */
@Introspected
@Serdeable
record RejectForm(
        @Nullable @NotBlank(message = "Укажите причину отклонения: куратор увидит её в своём выдвижении")
        @Size(max = 2000, message = "Причина отклонения не длиннее 2000 символов") String reason) {
}
