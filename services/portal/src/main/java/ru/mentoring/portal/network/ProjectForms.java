package ru.mentoring.portal.network;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.portal.web.Dates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The methodist's two forms of the network pages, exactly as typed, so a refused form comes back filled. */
final class ProjectForms {

    private ProjectForms() {
    }

    @Introspected
    @Serdeable
    record NewProjectForm(@Nullable String name, @Nullable String leadSchoolId, @Nullable String goals,
                          @Nullable String startsOn, @Nullable String endsOn) {

        static NewProjectForm empty() {
            return new NewProjectForm("", "", "", "", "");
        }

        Map<String, String> check() {
            Map<String, String> errors = new LinkedHashMap<>();
            checkDate(errors, "startsOn", startsOn, "Дата начала");
            checkDate(errors, "endsOn", endsOn, "Дата окончания");
            LocalDate from = date(startsOn);
            LocalDate to = date(endsOn);
            if (from != null && to != null && to.isBefore(from)) {
                errors.put("endsOn", "Проект не может закончиться раньше, чем начнётся");
            }
            return errors;
        }

        NetworkProjects.NewProject toCommand() {
            return new NetworkProjects.NewProject(trim(name), trim(leadSchoolId), trim(goals), date(startsOn),
                    date(endsOn));
        }
    }

    @Introspected
    @Serdeable
    record AgreementForm(@Nullable String schoolId, @Nullable String number, @Nullable String signedOn,
                         @Nullable String validFrom, @Nullable String validTo) {

        static AgreementForm empty() {
            return new AgreementForm("", "", "", "", "");
        }

        Map<String, String> check() {
            Map<String, String> errors = new LinkedHashMap<>();
            checkDate(errors, "signedOn", signedOn, "Дата договора");
            checkDate(errors, "validFrom", validFrom, "Начало срока");
            checkDate(errors, "validTo", validTo, "Окончание срока");
            LocalDate from = date(validFrom);
            LocalDate to = date(validTo);
            if (from != null && to != null && to.isBefore(from)) {
                errors.put("validTo", "Срок договора не может закончиться раньше, чем начнётся");
            }
            return errors;
        }

        NetworkProjects.NewAgreement toCommand() {
            return new NetworkProjects.NewAgreement(trim(schoolId), trim(number), date(signedOn), date(validFrom),
                    date(validTo));
        }
    }

    /** A typed date that cannot be read is said in Russian; an empty one is left to the bank to require. */
    private static void checkDate(Map<String, String> errors, String field, @Nullable String value, String label) {
        if (value != null && !value.isBlank() && date(value) == null) {
            errors.put(field, label + " — в формате ДД.ММ.ГГГГ");
        }
    }

    @Nullable
    static LocalDate date(@Nullable String value) {
        return Dates.parse(value);
    }

    @Nullable
    private static String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
