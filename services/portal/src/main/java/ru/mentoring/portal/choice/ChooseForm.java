package ru.mentoring.portal.choice;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import ru.mentoring.portal.backend.school.MyChoice;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.util.ArrayList;
import java.util.List;

/** «Выбрать» on the mentee's shortlist: the mentor and the form of mentoring. */
@Introspected
@Serdeable
record ChooseForm(@Nullable @NotBlank(message = "Выберите наставника") String mentorId,
                  @Nullable @NotBlank(message = "Выберите форму наставничества") String form) implements CheckedForm {

    static final ChooseForm EMPTY = new ChooseForm("", "");

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        if (mentorId != null && !mentorId.isBlank() && Typed.id(mentorId) == null) {
            errors.add(new FormErrors.FieldError(null, "Список устарел: обновите страницу"));
        }
        return errors;
    }

    MyChoice.Choose toChoice() {
        return new MyChoice.Choose(Typed.id(mentorId), form.strip());
    }
}
