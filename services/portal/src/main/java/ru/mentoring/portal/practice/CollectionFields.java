package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The collection builder as typed: its title, the ticked practices, the format. */
@Introspected
@Serdeable
record CollectionFields(
        @Nullable @NotBlank(message = "Укажите название сборника")
        @Size(max = 300, message = "Название сборника не длиннее 300 символов") String title,
        @Nullable @NotEmpty(message = "Отметьте практики, которые войдут в сборник")
        @Size(max = 50, message = "В сборник входит не больше 50 практик") List<String> practices,
        @Nullable @NotBlank(message = "Выберите формат сборника")
        @Pattern(regexp = "pdf|docx", message = "Формат сборника: PDF или DOCX") String format) {

    static CollectionFields empty() {
        return new CollectionFields("Сборник практик наставничества", List.of(), "pdf");
    }
}
