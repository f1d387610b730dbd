package ru.mentoring.portal.completion;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The curator's concern about a pair with a minor, said in a few words; {@code from} is the board or the pair. */
@Introspected
@Serdeable
record ConcernForm(
        @Nullable @NotBlank(message = "Опишите, что вызывает опасение")
        @Size(max = 2000, message = "Не длиннее 2000 символов") String text,
        @Nullable String from) {
}
