package ru.mentoring.events.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an organiser fills in. The registration window is optional (opens now, closes at the start).
 * The organiser's school is never taken from here for a curator: it is the token's (ADR 0002);
 * {@code leadSchoolId} names a network project's lead school when the methodist organises for it.
 */
@Serdeable
public record CreateEventCommand(
        @NotBlank(message = "Укажите название мероприятия") @Size(max = 300, message = "Название не длиннее 300 символов") String title,
        @Nullable @Size(max = 5000, message = "Описание не длиннее 5000 символов") String description,
        @NotNull(message = "Укажите вид мероприятия") EventKind kind,
        @NotNull(message = "Укажите формат проведения: очно, онлайн или смешанный") EventFormat format,
        @Nullable @Size(max = 500, message = "Место проведения не длиннее 500 символов") String venue,
        @Nullable @Size(max = 500, message = "Ссылка не длиннее 500 символов") String onlineUrl,
        @NotNull(message = "Укажите время начала мероприятия") Instant startsAt,
        @NotNull(message = "Укажите время окончания мероприятия") Instant endsAt,
        @NotNull(message = "Укажите число мест")
        @Min(value = 1, message = "На мероприятии должно быть хотя бы одно место")
        @Max(value = 100000, message = "Не больше 100 000 мест") Integer capacity,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        @Nullable Boolean requiresApproval,
        @Nullable @Min(value = 1, message = "Лимит мест на школу — не меньше одного") Integer schoolCap,
        @Nullable Map<String, @Min(value = 0, message = "Лимит мест школы не может быть отрицательным") Integer> schoolCaps,
        @Nullable Organiser organiser,
        @Nullable UUID networkProjectId,
        @Nullable @Size(max = 300, message = "Название проекта не длиннее 300 символов") String networkProjectName,
        @Nullable String leadSchoolId,
        @Nullable List<@NotBlank(message = "Укажите школу-участницу проекта") String> memberSchoolIds,
        @Nullable Set<Audience> audience,
        @Nullable Participation participation,
        @Nullable @Min(value = 1, message = "В команде хотя бы один участник") @Max(value = 30, message = "В команде не больше 30 участников") Integer teamMin,
        @Nullable @Min(value = 1, message = "В команде хотя бы один участник") @Max(value = 30, message = "В команде не больше 30 участников") Integer teamMax,
        @Nullable @Min(value = 1, message = "Классы — с 1 по 11") @Max(value = 11, message = "Классы — с 1 по 11") Integer gradeMin,
        @Nullable @Min(value = 1, message = "Классы — с 1 по 11") @Max(value = 11, message = "Классы — с 1 по 11") Integer gradeMax,
        @Nullable @Min(value = 0, message = "Стаж не может быть отрицательным") @Max(value = 70, message = "Стаж — не больше 70 лет") Integer experienceMin,
        @Nullable @Min(value = 0, message = "Стаж не может быть отрицательным") @Max(value = 70, message = "Стаж — не больше 70 лет") Integer experienceMax,
        @Nullable @Size(max = 20, message = "Не больше 20 вопросов в заявке") List<@Valid FieldCommand> fields) {

    @Serdeable
    public record FieldCommand(
            @Nullable @Size(max = 40, message = "Код вопроса не длиннее 40 символов") String code,
            @NotBlank(message = "Укажите текст вопроса") @Size(max = 300, message = "Вопрос не длиннее 300 символов") String label,
            @NotNull(message = "Укажите тип ответа: текст, число, выбор или да/нет") FieldType type,
            @Nullable Boolean required,
            @Nullable List<@NotBlank(message = "Вариант ответа не может быть пустым") String> options) {
    }

    /** The same event as another kind (a competition is always «Конкурс»). */
    public CreateEventCommand withKind(EventKind newKind) {
        return new CreateEventCommand(title, description, newKind, format, venue, onlineUrl, startsAt, endsAt, capacity,
                opensAt, closesAt, requiresApproval, schoolCap, schoolCaps, organiser, networkProjectId,
                networkProjectName, leadSchoolId, memberSchoolIds, audience, participation, teamMin, teamMax, gradeMin,
                gradeMax, experienceMin, experienceMax, fields);
    }

    /** The same event moved to other dates: a yearly series' next instance. */
    public CreateEventCommand movedTo(Instant newStart, Instant newEnd, Instant newOpens, Instant newCloses) {
        return new CreateEventCommand(title, description, kind, format, venue, onlineUrl, newStart, newEnd, capacity,
                newOpens, newCloses, requiresApproval, schoolCap, schoolCaps, organiser, networkProjectId,
                networkProjectName, leadSchoolId, memberSchoolIds, audience, participation, teamMin, teamMax, gradeMin,
                gradeMax, experienceMin, experienceMax, fields);
    }
}
