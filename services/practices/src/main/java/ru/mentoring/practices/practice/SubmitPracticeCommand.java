package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** No school here: a practice always belongs to the school in the curator's token. */
@Serdeable
record SubmitPracticeCommand(
        @NotBlank(message = "Укажите название практики") @Size(max = 300, message = "Название не длиннее 300 символов") String title,
        @NotBlank(message = "Кратко опишите практику") @Size(max = 5000, message = "Описание не длиннее 5000 символов") String summary,
        @Nullable @Size(max = 200, message = "Форма наставничества не длиннее 200 символов") String form,
        @Nullable List<@NotBlank(message = "Компетенция не может быть пустой") String> competencies,
        @NotNull(message = "Укажите год реализации практики")
        @Min(value = 2000, message = "Год реализации не раньше 2000")
        @Max(value = 2100, message = "Год реализации указан неверно") Integer year) {
}
