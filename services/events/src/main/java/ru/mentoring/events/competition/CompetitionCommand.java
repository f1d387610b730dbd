package ru.mentoring.events.competition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.events.event.CreateEventCommand;

import java.time.LocalDate;
import java.util.List;

/**
 * A competition: the event itself (its kind is always «Конкурс»), the deadline of every stage, the
 * nominations (awards) and the criteria experts score each scored stage against.
 */
@Serdeable
record CompetitionCommand(@NotNull(message = "Опишите конкурс") @Valid CreateEventCommand event,
                          @Nullable @Size(max = 10, message = "Не больше 10 номинаций") List<@NotBlank(message = "Название номинации не может быть пустым") String> nominations,
                          @NotEmpty(message = "Укажите сроки этапов конкурса") List<@Valid StageDeadline> stages,
                          @Nullable @Size(max = 30, message = "Не больше 30 критериев") List<@Valid Criterion> criteria) {

    @Serdeable
    record StageDeadline(@NotNull(message = "Укажите этап") Stage stage, @NotNull(message = "Укажите срок этапа") LocalDate deadline) {
    }

    @Serdeable
    record Criterion(@NotNull(message = "Укажите этап критерия: заочный или очный") Stage stage,
                     @NotBlank(message = "Укажите название критерия") @Size(max = 300, message = "Критерий не длиннее 300 символов") String title,
                     @NotNull(message = "Укажите наибольший балл") @Min(value = 1, message = "Наибольший балл — от 1 до 100")
                     @Max(value = 100, message = "Наибольший балл — от 1 до 100") Integer maxScore) {
    }
}
