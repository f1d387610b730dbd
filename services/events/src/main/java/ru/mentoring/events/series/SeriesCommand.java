package ru.mentoring.events.series;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import ru.mentoring.events.event.CreateEventCommand;

/**
 * A yearly event: its rule and the event as it runs (its start and end give the time of day and the
 * length; the registration window is kept at the same distance from the start every year).
 * {@code year}: the first year to create; by default the year of the event's start.
 */
@Serdeable
record SeriesCommand(@NotNull(message = "Укажите правило повторения") @Valid Recurrence recurrence,
                     @NotNull(message = "Опишите мероприятие") @Valid CreateEventCommand event,
                     @Nullable @Min(value = 2000, message = "Год — не раньше 2000") @Max(value = 2100, message = "Год — не позже 2100") Integer year) {
}
