package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.web.form.Typed;

/** Why a mentor pauses or leaves the bank: optional, the methodist and the mentor read it. */
@Introspected
@Serdeable
public record StatusForm(@Nullable @Size(max = 1000, message = "Причина не длиннее 1000 символов") String reason) {

    public Mentors.StatusChange change() {
        return new Mentors.StatusChange(Typed.text(reason));
    }
}
