package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** «Отменить мероприятие»: the reason every applicant receives. */
@Introspected
@Serdeable
record CancelEventForm(
        @Nullable @NotBlank(message = "Укажите причину отмены: её получат все подавшие заявку")
        @Size(max = 1000, message = "Причина — не длиннее 1000 символов") String reason) {
}
