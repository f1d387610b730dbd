package ru.mentoring.school.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

final class CompletionCommands {

    private CompletionCommands() {
    }

    @Serdeable
    record Assess(
            @NotNull(message = "Поставьте оценку от 1 до 10") @Min(value = 1, message = "Оценка — от 1 до 10")
            @Max(value = 10, message = "Оценка — от 1 до 10") Integer score,
            @Nullable @Size(max = 3000, message = "Отзыв: не длиннее 3000 символов") String text) {
    }

    /** Codes as text, so a wrong one is answered in Russian together with every other problem. */
    @Serdeable
    record Complete(
            @Nullable @Size(max = 5000, message = "Результаты: не длиннее 5000 символов") String results,
            @Nullable @Min(value = 1, message = "Оценка наставника — от 1 до 10") @Max(value = 10, message = "Оценка наставника — от 1 до 10") Integer mentorScore,
            @Nullable @Size(max = 3000, message = "Отзыв наставника: не длиннее 3000 символов") String mentorText,
            @Nullable @Min(value = 1, message = "Оценка наставляемого — от 1 до 10") @Max(value = 10, message = "Оценка наставляемого — от 1 до 10") Integer menteeScore,
            @Nullable @Size(max = 3000, message = "Отзыв наставляемого: не длиннее 3000 символов") String menteeText,
            @Nullable String decision,
            @Nullable @Size(max = 300, message = "Новая тема: не длиннее 300 символов") String continueTopic,
            @Nullable LocalDate continueUntil,
            @Nullable String readiness) {
    }

    @Serdeable
    record Terminate(
            @Nullable String initiator,
            @Nullable String reason,
            @Nullable @Size(max = 2000, message = "Комментарий: не длиннее 2000 символов") String comment) {
    }
}
