package ru.mentoring.school.mentee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Serdeable
record RegisterMenteeCommand(
        @NotBlank(message = "Укажите ФИО наставляемого") @Size(max = 200, message = "ФИО не длиннее 200 символов") String fullName,
        @Nullable MenteeKind kind,
        @Nullable @Size(max = 20, message = "Класс или группа не длиннее 20 символов") String grade,
        @Nullable @Size(max = 2000, message = "Запрос не длиннее 2000 символов") String request,
        @Nullable @PastOrPresent(message = "Дата вхождения в программу не может быть в будущем") LocalDate enteredAt) {
}
