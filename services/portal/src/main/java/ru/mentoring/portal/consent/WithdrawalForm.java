package ru.mentoring.portal.consent;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Consents;
import ru.mentoring.portal.web.form.Typed;

/** The withdrawal of a consent, confirmed on the card, with the reason the person gave. */
@Introspected
@Serdeable
record WithdrawalForm(@Nullable @Size(max = 1000, message = "Причина отзыва — не длиннее 1000 символов") String reason) {

    Consents.Withdrawal toCommand() {
        return new Consents.Withdrawal(null, Typed.text(reason));
    }
}
