package ru.mentoring.portal.matching;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** «Отклонить» on a proposal: this mentor is not proposed for this mentee again. */
@Introspected
@Serdeable
record RejectForm(@Nullable @NotBlank(message = "Наставляемый не указан") String menteeId,
                  @Nullable @NotBlank(message = "Наставник не указан") String mentorId,
                  @Nullable String back) {
}
