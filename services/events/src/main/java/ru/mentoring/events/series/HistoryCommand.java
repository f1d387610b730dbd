package ru.mentoring.events.series;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Participants of a year before the platform, from the old sheets. */
@Serdeable
record HistoryCommand(@NotNull(message = "Укажите год") @Min(value = 2000, message = "Год — не раньше 2000") @Max(value = 2100, message = "Год — не позже 2100") Integer year,
                      @NotNull(message = "Укажите число участников") @Min(value = 0, message = "Участников не может быть меньше нуля") Integer participants,
                      @Nullable @Min(value = 0, message = "Школ не может быть меньше нуля") Integer schools) {
}
