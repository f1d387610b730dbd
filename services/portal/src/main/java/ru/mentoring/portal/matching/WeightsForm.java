package ru.mentoring.portal.matching;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import ru.mentoring.portal.backend.school.Matching;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

/** How much each factor counts in the school's proposals, 0 to 100 each, as typed. */
@Introspected
@Serdeable
record WeightsForm(
        @Nullable @NotBlank(message = "Укажите вес") @WholeNumber(min = 0, max = 100, message = "Вес — целое число от 0 до 100") String strengths,
        @Nullable @NotBlank(message = "Укажите вес") @WholeNumber(min = 0, max = 100, message = "Вес — целое число от 0 до 100") String form,
        @Nullable @NotBlank(message = "Укажите вес") @WholeNumber(min = 0, max = 100, message = "Вес — целое число от 0 до 100") String subject,
        @Nullable @NotBlank(message = "Укажите вес") @WholeNumber(min = 0, max = 100, message = "Вес — целое число от 0 до 100") String age,
        @Nullable @NotBlank(message = "Укажите вес") @WholeNumber(min = 0, max = 100, message = "Вес — целое число от 0 до 100") String time,
        @Nullable @NotBlank(message = "Укажите вес") @WholeNumber(min = 0, max = 100, message = "Вес — целое число от 0 до 100") String capacity,
        @Nullable @NotBlank(message = "Укажите вес") @WholeNumber(min = 0, max = 100, message = "Вес — целое число от 0 до 100") String ownSchool) {

    static WeightsForm of(Matching.Weights w) {
        return new WeightsForm(text(w.strengths()), text(w.form()), text(w.subject()), text(w.age()), text(w.time()),
                text(w.capacity()), text(w.ownSchool()));
    }

    Matching.Weights toCommand() {
        return new Matching.Weights(Typed.whole(strengths), Typed.whole(form), Typed.whole(subject), Typed.whole(age),
                Typed.whole(time), Typed.whole(capacity), Typed.whole(ownSchool));
    }

    private static String text(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }
}
