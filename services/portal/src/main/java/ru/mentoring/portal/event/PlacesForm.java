package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.web.form.WholeNumber;

/**
 * The organiser's places as typed: total capacity, a cap for every school, and caps for single schools
 * written as «1: 3, 2: 5» (school number, colon, places).
 */
@Serdeable
record PlacesForm(@Nullable @WholeNumber(min = 1, max = 100000, message = "Число мест — целое число от 1 до 100 000") String capacity,
                  @Nullable @WholeNumber(min = 1, max = 100000, message = "Лимит на школу — целое число не меньше 1") String schoolCap,
                  @Nullable @Size(max = 500, message = "Лимиты школ — не длиннее 500 символов") String schoolCaps) {
}
