package ru.mentoring.portal.completion;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.pairwork.WorkLabels;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.util.List;

/** Early termination: who asked for it, the reason from the school's list, a comment; asked once more first. */
@Introspected
@Serdeable
record TerminationForm(
        @Nullable @NotBlank(message = "Укажите, по чьей инициативе прекращается наставничество") String initiator,
        @Nullable @NotBlank(message = "Выберите причину из списка") String reason,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String comment,
        @Nullable String confirmed) implements CheckedForm {

    static TerminationForm empty() {
        return new TerminationForm("", "", "", null);
    }

    boolean isConfirmed() {
        return "true".equals(confirmed);
    }

    @Override
    public List<FormErrors.FieldError> check() {
        return Typed.text(initiator) != null && !WorkLabels.INITIATORS.containsKey(initiator.strip())
                ? List.of(new FormErrors.FieldError("initiator", "Выберите инициатора из списка")) : List.of();
    }

    Completions.Terminate toCommand() {
        return new Completions.Terminate(Typed.text(initiator), Typed.text(reason), Typed.text(comment));
    }

    @Nullable
    static String field(String reason) {
        if (reason.contains("инициат")) {
            return "initiator";
        }
        return reason.contains("причин") ? "reason" : null;
    }
}
