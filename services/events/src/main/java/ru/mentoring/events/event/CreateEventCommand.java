package ru.mentoring.events.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The registration window is optional: by default it opens now and closes when the event starts. */
@Serdeable
record CreateEventCommand(
        @NotBlank(message = "Укажите название мероприятия") @Size(max = 300, message = "Название не длиннее 300 символов") String title,
        @NotNull(message = "Укажите вид мероприятия: SEMINAR, OPEN_LESSONS, MENTOR_DAY, COMPETITION, INTERNSHIP или INTENSIVE") EventKind type,
        @NotNull(message = "Укажите формат проведения: IN_PERSON, ONLINE или HYBRID") EventFormat format,
        @Nullable @Size(max = 500, message = "Место проведения не длиннее 500 символов") String venue,
        @NotNull(message = "Укажите время начала мероприятия") Instant startsAt,
        @NotNull(message = "Укажите время окончания мероприятия") Instant endsAt,
        @NotNull(message = "Укажите число мест")
        @Min(value = 1, message = "На мероприятии должно быть хотя бы одно место")
        @Max(value = 10000, message = "Не больше 10 000 мест") Integer capacity,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt) {
}
