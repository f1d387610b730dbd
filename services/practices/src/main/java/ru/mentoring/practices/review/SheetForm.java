package ru.mentoring.practices.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** An expert's scores (criterion code → 0…5) and comment; {@code submit} hands the sheet to the methodist. */
@Serdeable
record SheetForm(@Nullable Map<String, Integer> scores,
                 @Nullable @Size(max = 5000, message = "Комментарий эксперта не длиннее 5000 символов") String comment,
                 @Nullable Boolean submit) {
}
