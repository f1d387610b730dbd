package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.time.LocalDate;
import java.util.List;

/** The mentor profile as the methodist (or an import row) gives it: for registering and for editing. */
@Serdeable
public record MentorProfileCommand(
        @NotBlank(message = "Укажите ФИО наставника") @Size(max = 200, message = "ФИО не длиннее 200 символов") String fullName,
        @NotNull(message = "Укажите категорию наставника: TEACHER, PUPIL, PARENT, UNIVERSITY_STUDENT, EMPLOYER или GRADUATE") MentorKind kind,
        @NotNull(message = "Укажите, сколько наставляемых наставник может вести одновременно")
        @Min(value = 1, message = "Наставник должен принимать хотя бы одного наставляемого")
        @Max(value = 50, message = "Не больше 50 наставляемых одновременно") Integer capacity,
        @Nullable @Size(max = 20, message = "Код школы не длиннее 20 символов") String homeSchoolId,
        @Nullable @Size(max = 300, message = "Название организации не длиннее 300 символов") String organisation,
        @Nullable @Size(max = 200, message = "Должность не длиннее 200 символов") String position,
        @Nullable @Email(message = "Адрес электронной почты указан неверно") String email,
        @Nullable @Size(max = 40, message = "Телефон не длиннее 40 символов") String phone,
        @Nullable @Past(message = "Дата рождения должна быть в прошлом") LocalDate birthDate,
        @Nullable List<@NotBlank String> subjects,
        @Nullable List<@NotBlank String> strengths,
        @Nullable List<@NotBlank String> forms,
        @Nullable @Size(max = 100) String qualificationCategory,
        @Nullable @Min(value = 0, message = "Стаж не может быть отрицательным")
        @Max(value = 70, message = "Стаж не больше 70 лет") Integer experienceYears,
        @Nullable @Size(max = 500) String timeAvailable,
        @Nullable @Size(max = 2000) String interests,
        @Nullable @Size(max = 200) String preferredMenteeAge,
        @Nullable @Size(max = 4000) String achievements,
        @Nullable @Size(max = 2000) String trainingCompleted,
        @Nullable Boolean associationMember,
        @Nullable MentorVisibility visibility) {
}
