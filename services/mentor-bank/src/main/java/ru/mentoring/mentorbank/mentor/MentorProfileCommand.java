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
        @Nullable List<@NotBlank(message = "Предмет не может быть пустым") String> subjects,
        @Nullable List<@NotBlank(message = "Сильная сторона не может быть пустой") String> strengths,
        @Nullable List<@NotBlank(message = "Форма наставничества не может быть пустой") String> forms,
        @Nullable @Size(max = 100, message = "Квалификационная категория: не длиннее 100 символов") String qualificationCategory,
        @Nullable @Min(value = 0, message = "Стаж не может быть отрицательным")
        @Max(value = 70, message = "Стаж не больше 70 лет") Integer experienceYears,
        @Nullable @Size(max = 500, message = "Время для наставничества: не длиннее 500 символов") String timeAvailable,
        @Nullable @Size(max = 2000, message = "Интересы: не длиннее 2000 символов") String interests,
        @Nullable @Size(max = 200, message = "Желаемый возраст наставляемых: не длиннее 200 символов") String preferredMenteeAge,
        @Nullable @Size(max = 4000, message = "Достижения: не длиннее 4000 символов") String achievements,
        @Nullable @Size(max = 2000, message = "Обучение: не длиннее 2000 символов") String trainingCompleted,
        @Nullable Boolean associationMember,
        @Nullable MentorVisibility visibility,
        @Nullable List<@NotBlank(message = "Сильная сторона не может быть пустой")
                @Size(max = 200, message = "Сильная сторона своими словами: не длиннее 200 символов") String> ownStrengths,
        @Nullable List<@NotBlank(message = "Вид наставничества не может быть пустым") String> formats) {

    /** JSON binds through the full shape. */
    @io.micronaut.core.annotation.Creator
    public MentorProfileCommand {
    }

    /** The profile as it was before own strengths and formats: both then stay as the mentor has them. */
    public MentorProfileCommand(String fullName, MentorKind kind, Integer capacity, String homeSchoolId,
                                String organisation, String position, String email, String phone, LocalDate birthDate,
                                List<String> subjects, List<String> strengths, List<String> forms,
                                String qualificationCategory, Integer experienceYears, String timeAvailable,
                                String interests, String preferredMenteeAge, String achievements,
                                String trainingCompleted, Boolean associationMember, MentorVisibility visibility) {
        this(fullName, kind, capacity, homeSchoolId, organisation, position, email, phone, birthDate, subjects,
                strengths, forms, qualificationCategory, experienceYears, timeAvailable, interests, preferredMenteeAge,
                achievements, trainingCompleted, associationMember, visibility, null, null);
    }
}
