package ru.mentoring.school.mentee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A mentee as the curator enters or edits them. The school is never part of it: it is the curator's. */
@Serdeable
public record SaveMenteeCommand(
        @NotBlank(message = "Укажите ФИО наставляемого") @Size(max = 200, message = "ФИО не длиннее 200 символов") String fullName,
        @Nullable MenteeKind kind,
        @Nullable @Past(message = "Дата рождения должна быть в прошлом") LocalDate birthDate,
        @Nullable @Size(max = 20, message = "Класс или группа не длиннее 20 символов") String grade,
        @Nullable @Size(max = 200, message = "Должность не длиннее 200 символов") String position,
        @Nullable @Size(max = 200, message = "Предмет не длиннее 200 символов") String subject,
        @Nullable @Min(value = 0, message = "Стаж не может быть отрицательным")
        @Max(value = 60, message = "Стаж не больше 60 лет") Integer experienceYears,
        @Nullable @Size(max = 300, message = "Место учёбы или работы не длиннее 300 символов") String organisation,
        @Nullable @Size(max = 300, message = "Контактные данные не длиннее 300 символов") String contact,
        @Nullable @Size(max = 200, message = "ФИО родителя не длиннее 200 символов") String guardianName,
        @Nullable @Size(max = 300, message = "Контакты родителя не длиннее 300 символов") String guardianContact,
        @Nullable @Size(max = 60, message = "Категория запроса указана неверно") String requestCategory,
        @Nullable @Size(max = 2000, message = "Запрос не длиннее 2000 символов") String request,
        @Nullable @PastOrPresent(message = "Дата вхождения в программу не может быть в будущем") LocalDate enteredAt,
        @Nullable MenteeSource source,
        @Nullable @Size(max = 300, message = "Удобное время не длиннее 300 символов") String availableTime,
        @Nullable Boolean supportNeeds,
        @Nullable Boolean difficultSituation,
        @Nullable Boolean behaviour,
        @Nullable Boolean poorResults) {

    /** The short form the first version of the API took, still accepted. */
    public static SaveMenteeCommand named(String fullName, MenteeKind kind, String grade, String request, LocalDate enteredAt) {
        return new SaveMenteeCommand(fullName, kind, null, grade, null, null, null, null, null, null, null, null, request,
                enteredAt, null, null, null, null, null, null);
    }
}
