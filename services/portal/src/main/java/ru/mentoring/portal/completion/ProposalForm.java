package ru.mentoring.portal.completion;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.util.List;
import java.util.Objects;

/**
 * A completed pair proposed to the practice library as a draft: its title and the people it names, each
 * by their distribution consent. A person without one is offered as {@code missing:<name>}, so ticking them
 * is refused naming who lacks it; {@code lacking} is filled by the controller from those ticks.
 */
@Introspected
@Serdeable
record ProposalForm(
        @Nullable @NotBlank(message = "Укажите название практики")
        @Size(max = 300, message = "Не длиннее 300 символов") String title,
        @Nullable List<String> participants,
        @Nullable String lacking) implements CheckedForm {

    static final String MISSING = "missing:";

    static ProposalForm empty(String title) {
        return new ProposalForm(title, List.of(), null);
    }

    /** The names of those ticked who have no distribution consent on record. */
    ProposalForm knowingLacks() {
        List<String> names = Typed.ticked(participants).stream().filter(p -> p.startsWith(MISSING))
                .map(p -> p.substring(MISSING.length())).toList();
        return new ProposalForm(title, participants, String.join(", ", names));
    }

    boolean ticked(String value) {
        return Typed.ticked(participants).contains(value);
    }

    @Override
    public List<FormErrors.FieldError> check() {
        return lacking == null || lacking.isBlank() ? List.of()
                : List.of(new FormErrors.FieldError("participants", "Нет согласия на распространение персональных "
                + "данных: " + lacking + ". Запишите согласие или не называйте этого человека в практике"));
    }

    Completions.Proposal toCommand() {
        return new Completions.Proposal(title == null ? "" : title.strip(), Typed.ticked(participants).stream()
                .filter(p -> !p.startsWith(MISSING)).map(Typed::id).filter(Objects::nonNull).distinct().toList());
    }

    @Nullable
    static String field(String reason) {
        return reason.contains("соглас") ? "participants" : reason.contains("назван") ? "title" : null;
    }

}
