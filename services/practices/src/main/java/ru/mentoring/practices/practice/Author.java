package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * An author of a practice: an adult mentor. The e-mail lets the author sign in and finish a draft and
 * be told about ratings and comments; the library never shows it to readers.
 */
@Serdeable
public record Author(
        @NotBlank(message = "Укажите ФИО автора") @Size(max = 200, message = "ФИО автора не длиннее 200 символов") String fullName,
        @Nullable @Email(message = "Адрес электронной почты автора указан неверно")
        @Size(max = 200, message = "Адрес электронной почты не длиннее 200 символов") String email,
        @Nullable @Size(max = 200, message = "Должность автора не длиннее 200 символов") String position,
        @Nullable UUID mentorId) {

    /** Without the e-mail: what a reader of the practice sees. */
    public Author forReaders() {
        return new Author(fullName, null, position, mentorId);
    }
}
