package ru.mentoring.portal.pair;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.Typed;

/**
 * The labour-law step of a teacher pair: the mentor's written consent under ТК ст. 351.8 and the additional
 * agreement with its content, term, form and pay supplement. Filled as the papers are signed.
 */
@Introspected
@Serdeable
record ChecklistForm(
        @Nullable @Size(max = 100, message = "Не длиннее 100 символов") String labourConsentRef,
        @Nullable @DateField(message = "Дата согласия — в формате ДД.ММ.ГГГГ") String labourConsentOn,
        @Nullable @Size(max = 100, message = "Не длиннее 100 символов") String agreementNumber,
        @Nullable @DateField(message = "Дата соглашения — в формате ДД.ММ.ГГГГ") String agreementOn,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String agreementContent,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String agreementTerm,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String agreementForm,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String paySupplement) {

    static ChecklistForm of(@Nullable Pairs.LabourChecklist c) {
        if (c == null) {
            return new ChecklistForm("", "", "", "", "", "", "", "");
        }
        return new ChecklistForm(c.labourConsentRef(), text(c.labourConsentOn()), c.agreementNumber(),
                text(c.agreementOn()), c.agreementContent(), c.agreementTerm(), c.agreementForm(), c.paySupplement());
    }

    Pairs.ChecklistChange toCommand() {
        return new Pairs.ChecklistChange(Typed.text(labourConsentRef), Typed.date(labourConsentOn),
                Typed.text(agreementNumber), Typed.date(agreementOn), Typed.text(agreementContent),
                Typed.text(agreementTerm), Typed.text(agreementForm), Typed.text(paySupplement));
    }

    private static String text(@Nullable java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
