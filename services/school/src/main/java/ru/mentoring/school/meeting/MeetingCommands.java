package ru.mentoring.school.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

final class MeetingCommands {

    private MeetingCommands() {
    }

    /** {@code kind} and {@code format} as codes; a wrong code is said in Russian with the others. */
    @Serdeable
    record LogMeeting(
            @Nullable LocalDate date,
            @Nullable String kind,
            @Nullable String format,
            @Nullable @Size(max = 500, message = "Тема встречи: не длиннее 500 символов") String topic,
            @Nullable @Size(max = 5000, message = "Результат встречи: не длиннее 5000 символов") String result,
            @Nullable Integer durationMinutes) {
    }
}
