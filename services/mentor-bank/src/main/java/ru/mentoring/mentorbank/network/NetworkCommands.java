package ru.mentoring.mentorbank.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

final class NetworkCommands {

    private NetworkCommands() {
    }

    @Serdeable
    record StartProject(
            @NotBlank(message = "Укажите название сетевого проекта") @Size(max = 300) String name,
            @NotBlank(message = "Укажите школу-лидера проекта") String leadSchoolId,
            @Nullable @Size(max = 4000) String goals,
            @NotNull(message = "Укажите дату начала проекта") LocalDate startsOn,
            @NotNull(message = "Укажите дату окончания проекта") LocalDate endsOn) {
    }

    @Serdeable
    record SignAgreement(
            @NotBlank(message = "Укажите школу-партнёра") String schoolId,
            @NotBlank(message = "Укажите номер договора") @Size(max = 50) String number,
            @NotNull(message = "Укажите дату договора") LocalDate signedOn,
            @NotNull(message = "Укажите начало срока договора") LocalDate validFrom,
            @NotNull(message = "Укажите окончание срока договора") LocalDate validTo) {
    }

    @Serdeable
    record AddToPool(@NotNull(message = "Укажите наставника") UUID mentorId) {
    }
}
