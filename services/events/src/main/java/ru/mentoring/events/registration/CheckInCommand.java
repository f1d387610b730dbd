package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An arrival: the code from the confirmation's QR code, or a registration picked by name from the list. */
@Serdeable
record CheckInCommand(@Nullable @Size(max = 40, message = "Код не длиннее 40 символов") String code,
                      @Nullable UUID registrationId) {
}
