package ru.mentoring.portal.pair;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A pair or group formed directly by the curator, as typed. The last two components are what the school
 * knows about the choice — the mentor's free seats and the chosen mentees without a processing consent —
 * filled by the controller, so every problem is said at once, next to its field, before the service is asked.
 */
@Introspected
@Serdeable
record AssignmentForm(
        @Nullable @NotBlank(message = "Выберите наставника") String mentorId,
        @Nullable List<String> menteeIds,
        @Nullable @NotBlank(message = "Выберите форму наставничества") String form,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String variant,
        @Nullable @NotBlank(message = "Укажите дату начала работы")
        @DateField(message = "Дата начала — в формате ДД.ММ.ГГГГ") String startsOn,
        @Nullable @NotBlank(message = "Укажите дату окончания работы")
        @DateField(message = "Дата окончания — в формате ДД.ММ.ГГГГ") String endsOn,
        @Nullable String freeSeats,
        @Nullable String withoutConsent) implements CheckedForm {

    static final int MAX_GROUP = 30;

    static AssignmentForm empty(@Nullable String mentee, LocalDate startsOn, LocalDate endsOn) {
        return new AssignmentForm("", mentee == null ? List.of() : List.of(mentee), "", "", startsOn.toString(),
                endsOn.toString(), null, null);
    }

    /** The same form with what the school knows: the mentor's free seats, who has no consent. */
    AssignmentForm knowing(@Nullable Integer seats, List<String> unconsented) {
        return new AssignmentForm(mentorId, menteeIds, form, variant, startsOn, endsOn,
                seats == null ? null : seats.toString(), String.join(", ", unconsented));
    }

    List<UUID> mentees() {
        return Typed.ticked(menteeIds).stream().map(Typed::id).filter(Objects::nonNull).distinct().toList();
    }

    boolean chose(String menteeId) {
        return Typed.ticked(menteeIds).contains(menteeId);
    }

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        if (Typed.text(mentorId) != null && Typed.id(mentorId) == null) {
            errors.add(new FormErrors.FieldError("mentorId", "Выберите наставника из списка"));
        }
        int chosen = mentees().size();
        Integer seats = Typed.whole(freeSeats);
        if (chosen == 0) {
            errors.add(new FormErrors.FieldError("menteeIds", "Выберите хотя бы одного наставляемого"));
        } else if (chosen > MAX_GROUP) {
            errors.add(new FormErrors.FieldError("menteeIds", "В группе не больше 30 наставляемых"));
        } else if (seats != null && chosen > seats) {
            errors.add(new FormErrors.FieldError("mentorId", "У наставника свободно мест: " + seats
                    + ", а выбрано наставляемых: " + chosen));
        }
        if (withoutConsent != null && !withoutConsent.isBlank()) {
            errors.add(new FormErrors.FieldError("menteeIds",
                    "Нет согласия на обработку персональных данных: " + withoutConsent));
        }
        LocalDate start = Typed.date(startsOn);
        LocalDate end = Typed.date(endsOn);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FormErrors.FieldError("endsOn", "Дата окончания работы раньше даты начала"));
        }
        return errors;
    }

    Pairs.FormPair toCommand() {
        return new Pairs.FormPair(Typed.id(mentorId), mentees(), Typed.text(form), Typed.text(variant),
                Typed.date(startsOn), Typed.date(endsOn), "ASSIGNMENT");
    }
}
