package ru.mentoring.portal.nomination;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.portal.backend.mentorbank.Nominations;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.EmailField;
import ru.mentoring.portal.web.form.FormErrors.FieldError;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The curator's «Выдвинуть наставника» form as typed: a mentor already in the school's directory,
 * or, with {@code mentorId} empty, a new person described by the fields below it.
 */
@Introspected
@Serdeable
record NominationForm(
        @Nullable String mentorId,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String fullName,
        @Nullable String kind,
        @Nullable @WholeNumber(min = 1, max = 50, message = "Вместимость — целое число от 1 до 50") String capacity,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String position,
        @Nullable @EmailField(message = "Адрес электронной почты указан неверно") String email,
        @Nullable List<String> strengths,
        @Nullable String target,
        @Nullable String networkProjectId,
        @Nullable @Size(max = 4000, message = "Не длиннее 4000 символов") String motivation) implements CheckedForm {

    static final String MUNICIPAL = "MUNICIPAL";
    static final String NETWORK = "NETWORK";

    static NominationForm empty() {
        return new NominationForm("", "", "TEACHER", "1", "", "", List.of(), MUNICIPAL, "", "");
    }

    boolean isNewPerson() {
        return Typed.text(mentorId) == null;
    }

    /** Which fields a nomination needs depends on whether it names a new person and where it goes. */
    @Override
    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        if (isNewPerson()) {
            if (Typed.text(fullName) == null) {
                errors.add(new FieldError("fullName", "Выберите наставника из списка или укажите ФИО нового"));
            }
            if (Arrays.stream(MentorKind.values()).noneMatch(k -> k.name().equals(kind))) {
                errors.add(new FieldError("kind", "Выберите категорию наставника"));
            }
            if (Typed.text(capacity) == null) {
                errors.add(new FieldError("capacity", "Вместимость — целое число от 1 до 50"));
            }
        } else if (Typed.id(mentorId) == null) {
            errors.add(new FieldError("mentorId", "Выберите наставника из списка"));
        }
        if (!MUNICIPAL.equals(target) && !NETWORK.equals(target)) {
            errors.add(new FieldError("target", "Выберите, куда выдвигается наставник"));
        } else if (NETWORK.equals(target) && Typed.id(networkProjectId) == null) {
            errors.add(new FieldError("networkProjectId", "Выберите сетевой проект"));
        }
        return errors;
    }

    /** A new person belongs to the curator's own school. */
    Nominations.Nominate toCommand(@Nullable String schoolId) {
        Nominations.Profile profile = isNewPerson()
                ? new Nominations.Profile(Typed.text(fullName), Typed.text(kind), Typed.whole(capacity), schoolId,
                Typed.text(position), Typed.text(email), Typed.ticked(strengths))
                : null;
        return new Nominations.Nominate(isNewPerson() ? null : mentorId.strip(), profile, target,
                NETWORK.equals(target) ? Typed.text(networkProjectId) : null, Typed.text(motivation));
    }
}
