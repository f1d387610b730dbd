package ru.mentoring.portal.profile;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import ru.mentoring.portal.backend.mentorbank.OwnProfile;

/** The mentor's answer: whether they carry on as a municipal mentor in the coming school year. */
@Introspected
@Serdeable
record ConfirmationForm(@Nullable @NotBlank(message = "Не указан учебный год") String year,
                        @Nullable @NotBlank(message = "Ответьте «да» или «нет»")
                        @Pattern(regexp = "true|false", message = "Ответьте «да» или «нет»") String carriesOn) {

    OwnProfile.ConfirmationAnswer answer() {
        return new OwnProfile.ConfirmationAnswer(year.strip(), Boolean.parseBoolean(carriesOn));
    }
}
