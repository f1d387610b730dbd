package ru.mentoring.events.competition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** An expert's scoring sheet for one entry at the current stage: points for every criterion of the stage. */
@Serdeable
record ScoreCommand(@NotEmpty(message = "Выставьте баллы по критериям") List<@Valid Points> scores,
                    @Nullable @Size(max = 3000, message = "Комментарий не длиннее 3000 символов") String comment) {

    @Serdeable
    record Points(@NotNull(message = "Укажите критерий") UUID criterionId,
                  @NotNull(message = "Укажите балл") @Min(value = 0, message = "Балл не может быть отрицательным") Integer points) {
    }
}
