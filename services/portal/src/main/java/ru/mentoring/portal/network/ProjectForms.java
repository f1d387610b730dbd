package ru.mentoring.portal.network;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.mentorbank.NetworkProjects;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.time.LocalDate;
import java.util.List;

/** The methodist's forms of the network pages, exactly as typed, so a refused form comes back filled. */
final class ProjectForms {

    private ProjectForms() {
    }

    @Introspected
    @Serdeable
    record NewProjectForm(
            @Nullable @NotBlank(message = "Укажите название сетевого проекта") @Size(max = 300, message = "Не длиннее 300 символов") String name,
            @Nullable @NotBlank(message = "Выберите школу-лидера проекта") String leadSchoolId,
            @Nullable @Size(max = 4000, message = "Не длиннее 4000 символов") String goals,
            @Nullable @NotBlank(message = "Укажите дату начала проекта")
            @DateField(message = "Дата начала — в формате ДД.ММ.ГГГГ") String startsOn,
            @Nullable @NotBlank(message = "Укажите дату окончания проекта")
            @DateField(message = "Дата окончания — в формате ДД.ММ.ГГГГ") String endsOn) implements CheckedForm {

        static NewProjectForm empty() {
            return new NewProjectForm("", "", "", "", "");
        }

        @Override
        public List<FormErrors.FieldError> check() {
            return endsBeforeStart(startsOn, endsOn) ? List.of(new FormErrors.FieldError("endsOn",
                    "Проект не может закончиться раньше, чем начнётся")) : List.of();
        }

        NetworkProjects.NewProject toCommand() {
            return new NetworkProjects.NewProject(Typed.text(name), Typed.text(leadSchoolId), Typed.text(goals),
                    Typed.date(startsOn), Typed.date(endsOn));
        }
    }

    @Introspected
    @Serdeable
    record AgreementForm(
            @Nullable @NotBlank(message = "Выберите школу-партнёра") String schoolId,
            @Nullable @NotBlank(message = "Укажите номер договора") @Size(max = 50, message = "Не длиннее 50 символов") String number,
            @Nullable @NotBlank(message = "Укажите дату договора")
            @DateField(message = "Дата договора — в формате ДД.ММ.ГГГГ") String signedOn,
            @Nullable @NotBlank(message = "Укажите начало срока договора")
            @DateField(message = "Начало срока — в формате ДД.ММ.ГГГГ") String validFrom,
            @Nullable @NotBlank(message = "Укажите окончание срока договора")
            @DateField(message = "Окончание срока — в формате ДД.ММ.ГГГГ") String validTo) implements CheckedForm {

        static AgreementForm empty() {
            return new AgreementForm("", "", "", "", "");
        }

        @Override
        public List<FormErrors.FieldError> check() {
            return endsBeforeStart(validFrom, validTo) ? List.of(new FormErrors.FieldError("validTo",
                    "Срок договора не может закончиться раньше, чем начнётся")) : List.of();
        }

        NetworkProjects.NewAgreement toCommand() {
            return new NetworkProjects.NewAgreement(Typed.text(schoolId), Typed.text(number), Typed.date(signedOn),
                    Typed.date(validFrom), Typed.date(validTo));
        }
    }

    /** «Добавить в пул»: a mentor of the member schools. */
    @Introspected
    @Serdeable
    record PoolForm(@Nullable String mentorId) implements CheckedForm {

        @Override
        public List<FormErrors.FieldError> check() {
            return Typed.id(mentorId) == null
                    ? List.of(new FormErrors.FieldError("mentorId", "Выберите наставника для пула")) : List.of();
        }
    }

    private static boolean endsBeforeStart(@Nullable String start, @Nullable String end) {
        LocalDate from = Typed.date(start);
        LocalDate to = Typed.date(end);
        return from != null && to != null && to.isBefore(from);
    }
}
