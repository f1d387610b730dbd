package ru.mentoring.events.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * What an organiser may change once applications may exist: the title and description, when, where
 * and how it runs, and when applications close (without a date: at the start). Who it is for, its
 * questions and who organises it stay as created; places change on the places page.
 */
@Serdeable
public record EditEventCommand(
        @NotBlank(message = "Укажите название мероприятия") @Size(max = 300, message = "Название не длиннее 300 символов") String title,
        @Nullable @Size(max = 5000, message = "Описание не длиннее 5000 символов") String description,
        @NotNull(message = "Укажите формат проведения: очно, онлайн или смешанный") EventFormat format,
        @Nullable @Size(max = 500, message = "Место проведения не длиннее 500 символов") String venue,
        @Nullable @Size(max = 500, message = "Ссылка не длиннее 500 символов") String onlineUrl,
        @NotNull(message = "Укажите время начала мероприятия") Instant startsAt,
        @NotNull(message = "Укажите время окончания мероприятия") Instant endsAt,
        @Nullable Instant closesAt) {
}
