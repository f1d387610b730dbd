package ru.mentoring.practices.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A collection to print: its title, the practices in order, the format, and the schools' names to show. */
@Serdeable
record CollectionRequest(
        @Nullable @Size(max = 300, message = "Название сборника не длиннее 300 символов") String title,
        @Nullable List<UUID> practiceIds,
        @Nullable String format,
        @Nullable Map<String, String> schools) {
}
