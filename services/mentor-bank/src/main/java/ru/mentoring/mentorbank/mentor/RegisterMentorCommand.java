package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.List;

@Serdeable
record RegisterMentorCommand(
        @NotBlank(message = "Укажите ФИО наставника") @Size(max = 200, message = "ФИО не длиннее 200 символов") String fullName,
        @NotNull(message = "Укажите категорию наставника: TEACHER, PUPIL, PARENT, UNIVERSITY_STUDENT, EMPLOYER или GRADUATE") MentorKind kind,
        @NotNull(message = "Укажите, сколько наставляемых наставник может вести одновременно")
        @Min(value = 1, message = "Наставник должен принимать хотя бы одного наставляемого")
        @Max(value = 50, message = "Не больше 50 наставляемых одновременно") Integer capacity,
        @Nullable @Size(max = 20) String homeSchoolId,
        @Nullable @Size(max = 300) String organisation,
        @Nullable @Size(max = 200) String position,
        @Nullable @Email(message = "Адрес электронной почты указан неверно") String email,
        @Nullable @Size(max = 40) String phone,
        @Nullable List<@NotBlank String> subjects,
        @Nullable List<@NotBlank String> strengths,
        @Nullable MentorVisibility visibility) {
}
