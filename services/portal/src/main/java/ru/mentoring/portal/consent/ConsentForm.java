package ru.mentoring.portal.consent;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Consents;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A signed consent as the curator records it from the paper. The last three components are the facts
 * about the mentee the rules need (a minor, a pupil, their age): the controller fills them from the school
 * service, whatever the browser sent.
 */
@Introspected
@Serdeable
record ConsentForm(
        @Nullable @NotBlank(message = "Выберите вид согласия")
        @Pattern(regexp = "^$|PROCESSING|DISTRIBUTION|TRANSFER", message = "Выберите вид согласия из списка") String kind,
        @Nullable @NotBlank(message = "Укажите, кто подписал согласие")
        @Pattern(regexp = "^$|SELF|GUARDIAN", message = "Укажите, кто подписал согласие") String signedBy,
        @Nullable @NotBlank(message = "Укажите ФИО подписавшего") @Size(max = 200, message = "Не длиннее 200 символов") String signerName,
        @Nullable String coSignedByPupil,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String partnerOrganisation,
        @Nullable @NotBlank(message = "Укажите дату подписания")
        @DateField(message = "Дата подписания — в формате ДД.ММ.ГГГГ") String signedOn,
        @Nullable String minor,
        @Nullable String pupil,
        @Nullable String age) implements CheckedForm {

    static final int CO_SIGNING_AGE = 14;

    /** The form as the mentee's facts suggest it: a minor's consent is the parent's, signed today. */
    static ConsentForm suggested(Mentees.Mentee m, @Nullable String kind, LocalDate today) {
        String chosen = ConsentKinds.known(kind) ? kind : ConsentKinds.PROCESSING;
        boolean guardian = m.minor();
        String signer = guardian ? m.guardianName() : m.fullName();
        return new ConsentForm(chosen, guardian ? "GUARDIAN" : "SELF", signer == null ? "" : signer, null, "",
                today.toString(), null, null, null).about(m);
    }

    /** The same form with the mentee's facts as the school service knows them. */
    ConsentForm about(Mentees.Mentee m) {
        return new ConsentForm(kind, signedBy, signerName, coSignedByPupil, partnerOrganisation, signedOn,
                String.valueOf(m.minor()), String.valueOf("PUPIL".equals(m.kind())),
                m.age() == null ? "" : m.age().toString());
    }

    boolean isMinor() {
        return "true".equals(minor);
    }

    /** A pupil of 14 or more may sign beside the parent. */
    boolean mayCoSign() {
        Integer years = Typed.whole(age);
        return "true".equals(pupil) && years != null && years >= CO_SIGNING_AGE;
    }

    public boolean isCoSigned() {
        return coSignedByPupil != null && !coSignedByPupil.isBlank() && !"false".equals(coSignedByPupil);
    }

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        if (isMinor() && "SELF".equals(signedBy)) {
            errors.add(new FormErrors.FieldError("signedBy",
                    "За несовершеннолетнего согласие подписывает родитель или законный представитель"));
        }
        if (isCoSigned() && !"GUARDIAN".equals(signedBy)) {
            errors.add(new FormErrors.FieldError("coSignedByPupil",
                    "Подпись обучающегося ставится только рядом с подписью родителя"));
        } else if (isCoSigned() && !mayCoSign()) {
            errors.add(new FormErrors.FieldError("coSignedByPupil",
                    "Подписать согласие вместе с родителем может обучающийся 14 лет и старше"));
        }
        if (ConsentKinds.TRANSFER.equals(kind) && Typed.text(partnerOrganisation) == null) {
            errors.add(new FormErrors.FieldError("partnerOrganisation",
                    "Укажите организацию-партнёра, которой передаются данные"));
        }
        return errors;
    }

    Consents.Record toCommand() {
        return new Consents.Record(Typed.text(kind), Typed.text(signedBy), Typed.text(signerName), isCoSigned(),
                ConsentKinds.TRANSFER.equals(kind) ? Typed.text(partnerOrganisation) : null, Typed.date(signedOn));
    }
}
