package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.MenteeLogins;
import ru.mentoring.portal.web.form.EmailField;
import ru.mentoring.portal.web.form.Typed;

/** «Выдать вход»: the address the letter with the temporary password goes to. */
@Introspected
@Serdeable
record MenteeLoginForm(
        @Nullable @NotBlank(message = "Укажите адрес электронной почты, на который придёт вход")
        @Size(max = 254, message = "Адрес электронной почты — не длиннее 254 символов")
        @EmailField(message = "Адрес электронной почты указан неверно: нужен вид name@example.ru") String email) {

    static MenteeLoginForm empty() {
        return new MenteeLoginForm("");
    }

    MenteeLogins.Issue toCommand() {
        return new MenteeLogins.Issue(Typed.text(email));
    }
}
