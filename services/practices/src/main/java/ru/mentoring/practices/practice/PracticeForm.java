package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The practice as its authors write it (POST and PUT /api/practices). No school here: a practice belongs
 * to the school in the token. A draft may be incomplete; what a submission needs is checked when it is
 * sent to review ({@link SubmissionCheck}), all missing fields at once. {@code summary} is the earlier
 * name of {@code description}, still accepted. {@code keepParticipants}: the consent references of the
 * people named by a proposal who stay named (absent: all stay).
 */
@Serdeable
public record PracticeForm(
        @NotBlank(message = "Укажите название практики") @Size(max = 300, message = "Название не длиннее 300 символов") String title,
        @Nullable @Size(max = 10000, message = "Описание проблемы не длиннее 10 000 символов") String problem,
        @Nullable @Size(max = 20000, message = "Описание практики не длиннее 20 000 символов") String description,
        @Nullable @Size(max = 10000, message = "Методы и приёмы не длиннее 10 000 символов") String methods,
        @Nullable @Size(max = 10000, message = "Результаты не длиннее 10 000 символов") String results,
        @Nullable @Size(max = 200, message = "Форма наставничества не длиннее 200 символов") String form,
        @Nullable @Size(max = 200, message = "Вариант взаимодействия не длиннее 200 символов") String formVariant,
        @Nullable @Size(max = 200, message = "Целевая группа не длиннее 200 символов") String targetGroup,
        @Nullable @Size(max = 20, message = "Не больше 20 компетенций")
        List<@NotBlank(message = "Компетенция не может быть пустой") @Size(max = 200, message = "Компетенция не длиннее 200 символов") String> competencies,
        @Nullable @Min(value = 2000, message = "Год реализации не раньше 2000")
        @Max(value = 2100, message = "Год реализации указан неверно") Integer year,
        @Nullable @Size(max = 40, message = "Уровень указан неверно") String level,
        @Nullable @Size(max = 10, message = "Не больше 10 авторов") List<@Valid Author> authors,
        @Nullable Boolean noPupilData,
        @Nullable @Size(max = 50, message = "Слишком много участников") List<String> keepParticipants,
        @Nullable Boolean draft,
        @Nullable @Size(max = 20000, message = "Описание практики не длиннее 20 000 символов") String summary) {
}
