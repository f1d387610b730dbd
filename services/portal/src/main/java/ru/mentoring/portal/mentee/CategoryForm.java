package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A category of the request map: its title, when added or renamed. */
@Introspected
@Serdeable
record CategoryForm(@Nullable @NotBlank(message = "Укажите название категории запроса")
                    @Size(max = 200, message = "Не длиннее 200 символов") String title) {

    static CategoryForm empty() {
        return new CategoryForm("");
    }
}
