package ru.mentoring.events.competition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A competition entry: the practice or portfolio, under one nomination. The school is the token's. */
@Serdeable
record EntryCommand(@NotBlank(message = "Укажите название работы") @Size(max = 300, message = "Название не длиннее 300 символов") String title,
                    @NotBlank(message = "Выберите номинацию") String nomination,
                    @NotBlank(message = "Опишите работу: суть практики, методы и результаты") @Size(max = 5000, message = "Описание не длиннее 5000 символов") String summary,
                    @Nullable @Size(max = 500, message = "Ссылка не длиннее 500 символов") String materialsUrl,
                    @Nullable @Size(max = 200, message = "ФИО автора не длиннее 200 символов") String authorName) {
}
