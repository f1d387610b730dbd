package ru.mentoring.portal.municipal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import ru.mentoring.portal.web.form.Typed;

import java.util.UUID;

/** «Включить» one mentor of last year's list into the coming year's, or, with none, all who said yes. */
@Introspected
@Serdeable
record ReconfirmForm(@Nullable @NotBlank(message = "Не указан учебный год") String year, @Nullable String mentorId) {

    @Nullable
    UUID mentor() {
        return Typed.id(mentorId);
    }
}
