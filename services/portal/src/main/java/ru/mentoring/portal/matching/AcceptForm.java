package ru.mentoring.portal.matching;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * «Принять» on a proposal or a candidate: the pair of this mentee and this mentor, its form and term;
 * {@code how} says whether it came from matching or the mentee's own choice, {@code back} the page the
 * button was on.
 */
@Introspected
@Serdeable
public record AcceptForm(
        @Nullable @NotBlank(message = "Наставляемый не указан") String menteeId,
        @Nullable @NotBlank(message = "Наставник не указан") String mentorId,
        @Nullable @NotBlank(message = "Выберите форму наставничества") String form,
        @Nullable @NotBlank(message = "Укажите дату начала работы")
        @DateField(message = "Дата начала — в формате ДД.ММ.ГГГГ") String startsOn,
        @Nullable @NotBlank(message = "Укажите дату окончания работы")
        @DateField(message = "Дата окончания — в формате ДД.ММ.ГГГГ") String endsOn,
        @Nullable @Pattern(regexp = "^$|MATCHING|CHOICE", message = "Пару можно принять из подбора или выбора") String how,
        @Nullable String back) implements CheckedForm {

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        if (Typed.id(menteeId) == null || Typed.id(mentorId) == null) {
            errors.add(new FormErrors.FieldError(null, "Предложение устарело: обновите страницу"));
        }
        LocalDate start = Typed.date(startsOn);
        LocalDate end = Typed.date(endsOn);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FormErrors.FieldError("endsOn", "Дата окончания работы раньше даты начала"));
        }
        return errors;
    }

    /** Only back to the pages that hold these buttons: never an address someone slipped in. */
    public String backOr(String fallback) {
        String b = back == null ? "" : back.strip();
        return (b.startsWith("/matching") || b.startsWith("/choice/")) && !b.startsWith("//") && !b.contains("\\")
                ? b : fallback;
    }

    public boolean isChoice() {
        return "CHOICE".equals(how);
    }

    Pairs.FormPair toCommand() {
        return new Pairs.FormPair(Typed.id(mentorId), List.of(Typed.id(menteeId)), Typed.text(form), null,
                Typed.date(startsOn), Typed.date(endsOn), isChoice() ? "CHOICE" : "MATCHING");
    }
}
