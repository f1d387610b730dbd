package ru.mentoring.mentorbank.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.UUID;

final class NominationCommands {

    private NominationCommands() {
    }

    /** Either {@code mentorId} (a mentor of the school already in the bank) or {@code profile} (a new one). */
    @Serdeable
    record Nominate(@Nullable UUID mentorId, @Nullable @Valid MentorProfileCommand profile,
                    @NotNull(message = "Укажите, куда выдвигается наставник: MUNICIPAL или NETWORK") MentorVisibility target,
                    @Nullable UUID networkProjectId,
                    @Nullable @Size(max = 4000, message = "Обоснование не длиннее 4000 символов") String motivation) {
    }

    @Serdeable
    record Reject(@NotBlank(message = "Укажите причину отклонения") @Size(max = 2000) String reason) {
    }
}
