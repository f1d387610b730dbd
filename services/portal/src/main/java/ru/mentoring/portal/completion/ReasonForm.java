package ru.mentoring.portal.completion;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reason of early termination in the school's list: its title, when added or renamed. */
@Introspected
@Serdeable
record ReasonForm(@Nullable @NotBlank(message = "Укажите причину прекращения")
                  @Size(max = 200, message = "Не длиннее 200 символов") String title) {

    static ReasonForm empty() {
        return new ReasonForm("");
    }
}
