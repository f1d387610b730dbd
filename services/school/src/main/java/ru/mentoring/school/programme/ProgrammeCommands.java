package ru.mentoring.school.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

final class ProgrammeCommands {

    static final String YEAR = "[0-9]{4}/[0-9]{4}";
    static final String YEAR_MESSAGE = "Учебный год указывается как 2026/2027";

    private ProgrammeCommands() {
    }

    /** The programme of a school year; the roadmap is prefilled from the target model's seven stages. */
    @Serdeable
    record SaveProgramme(
            @NotBlank(message = YEAR_MESSAGE) @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String schoolYear,
            @Nullable @Size(max = 300, message = "Название программы: не длиннее 300 символов") String title,
            @Nullable List<@NotBlank(message = "Форма наставничества не может быть пустой") String> forms,
            @Nullable List<@NotBlank(message = "Имя куратора не может быть пустым")
            @Size(max = 200, message = "Имя куратора: не длиннее 200 символов") String> curators,
            @Nullable @Size(max = 4000, message = "Цели программы: не длиннее 4000 символов") String goals,
            @Nullable @Min(value = 1, message = "Пара считается молчащей не раньше чем через неделю без встреч")
            @Max(value = 26, message = "Не больше 26 недель без встреч") Integer silentAfterWeeks) {
    }

    @Serdeable
    record SaveRoadmapItem(
            @NotNull(message = "Укажите этап (1–7)") @Min(value = 1, message = "Этапов семь: от 1 до 7")
            @Max(value = 7, message = "Этапов семь: от 1 до 7") Integer stage,
            @NotBlank(message = "Опишите мероприятие") @Size(max = 1000, message = "Мероприятие: не длиннее 1000 символов") String activity,
            @NotNull(message = "Укажите срок") LocalDate deadline,
            @Nullable @Size(max = 300, message = "Ответственный: не длиннее 300 символов") String owner,
            @Nullable @Size(max = 1000, message = "Результат: не длиннее 1000 символов") String expectedResult) {
    }
}
