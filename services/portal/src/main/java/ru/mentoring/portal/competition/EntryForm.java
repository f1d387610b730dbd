package ru.mentoring.portal.competition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A competition entry as typed by a curator or mentor. */
@Serdeable
record EntryForm(@NotBlank(message = "Укажите название работы") @Size(max = 300, message = "Название не длиннее 300 символов") String title,
                 @NotBlank(message = "Выберите номинацию") String nomination,
                 @NotBlank(message = "Опишите работу: суть практики, методы и результаты") @Size(max = 5000, message = "Описание не длиннее 5000 символов") String summary,
                 @Nullable @Size(max = 500, message = "Ссылка не длиннее 500 символов") String materialsUrl,
                 @Nullable @Size(max = 200, message = "ФИО автора не длиннее 200 символов") String authorName) {

    static final EntryForm EMPTY = new EntryForm("", "", "", "", "");
}
