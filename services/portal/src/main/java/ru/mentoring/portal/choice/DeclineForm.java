package ru.mentoring.portal.choice;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.web.form.Typed;

/** The mentor's «Отклонить» with the reason the school will read. */
@Introspected
@Serdeable
record DeclineForm(@Nullable @Size(max = 1000, message = "Причина отказа — не длиннее 1000 символов") String reason) {

    Pairs.Decline toCommand() {
        return new Pairs.Decline(Typed.text(reason));
    }
}
