package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.Map;

/** The organiser's places: total capacity, a cap for every school, and caps for single schools. */
@Serdeable
record PlacesCommand(@Nullable @Min(value = 1, message = "На мероприятии должно быть хотя бы одно место")
                     @Max(value = 100000, message = "Не больше 100 000 мест") Integer capacity,
                     @Nullable @Min(value = 1, message = "Лимит мест на школу — не меньше одного") Integer schoolCap,
                     @Nullable Map<String, @Min(value = 0, message = "Лимит мест школы не может быть отрицательным") Integer> schoolCaps) {
}
