package ru.mentoring.portal.municipal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.util.List;
import java.util.UUID;

/** «Включить в список» or «Исключить»: a mentor and the school year of the list. */
@Introspected
@Serdeable
record YearChange(@Nullable String year, @Nullable String mentorId) implements CheckedForm {

    @Override
    public List<FormErrors.FieldError> check() {
        return mentor() == null ? List.of(new FormErrors.FieldError("mentorId", "Выберите наставника из списка"))
                : List.of();
    }

    @Nullable
    UUID mentor() {
        return Typed.id(mentorId);
    }

    /** The year the change is for; the current one when the form carried none that reads. */
    SchoolYear schoolYear() {
        return SchoolYear.parse(year).orElseGet(SchoolYear::current);
    }
}
