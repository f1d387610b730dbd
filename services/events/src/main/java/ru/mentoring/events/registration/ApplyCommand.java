package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An application. Empty: the caller applies for themself. {@code mentorId}: a curator registers a
 * member of their school's staff from the shared mentor base. {@code team}: a curator (or mentor)
 * registers a team of pupils by its name, size and grades — never the pupils' names.
 */
@Serdeable
record ApplyCommand(@Nullable UUID mentorId,
                    @Nullable @Valid Team team,
                    @Nullable Map<String, @Size(max = 2000, message = "Ответ не длиннее 2000 символов") String> answers) {

    static final ApplyCommand SELF = new ApplyCommand(null, null, null);

    @Serdeable
    record Team(@NotBlank(message = "Укажите название команды") @Size(max = 200, message = "Название команды не длиннее 200 символов") String name,
                @NotEmpty(message = "Укажите классы участников команды, по одному на каждого")
                @Size(max = 30, message = "В команде не больше 30 участников")
                List<@NotNull(message = "Укажите класс каждого участника") @Min(value = 1, message = "Класс — от 1 до 11")
                        @Max(value = 11, message = "Класс — от 1 до 11") Integer> grades,
                @Nullable @Size(max = 200, message = "Имя руководителя не длиннее 200 символов") String leader) {
    }
}
