package ru.mentoring.portal.programme;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Programmes;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

import java.util.ArrayList;
import java.util.List;

/**
 * The programme of a school year exactly as typed: the forms the school runs are ticked from the mentor
 * bank's catalogue, the curators one per line.
 */
@Introspected
@Serdeable
record ProgrammeForm(
        @Nullable @NotBlank(message = "Укажите учебный год, например 2026/2027")
        @Pattern(regexp = "^\\s*$|^\\s*\\d{4}\\s*/\\s*\\d{4}\\s*$", message = "Учебный год — в виде 2026/2027") String schoolYear,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String title,
        @Nullable List<String> forms,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String curators,
        @Nullable @Size(max = 4000, message = "Не длиннее 4000 символов") String goals,
        @Nullable @NotBlank(message = "Укажите, через сколько недель без встреч пара считается молчащей")
        @WholeNumber(min = 1, max = 26, message = "Число недель — целое, от 1 до 26") String silentAfterWeeks)
        implements CheckedForm {

    static ProgrammeForm start(String schoolYear, String curator) {
        return new ProgrammeForm(schoolYear, "Программа наставничества на " + schoolYear + " учебный год", List.of(),
                curator, "", "3");
    }

    static ProgrammeForm of(Programmes.Programme p) {
        return new ProgrammeForm(p.schoolYear(), p.title(),
                p.formList().stream().map(Programmes.Form::code).toList(), String.join("\n", p.curatorList()),
                p.goals(), String.valueOf(p.silentAfterWeeks()));
    }

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        String year = schoolYear == null ? "" : schoolYear.replaceAll("\\s", "");
        if (year.matches("\\d{4}/\\d{4}")
                && Integer.parseInt(year.substring(5)) != Integer.parseInt(year.substring(0, 4)) + 1) {
            errors.add(new FormErrors.FieldError("schoolYear", "Учебный год — два соседних года, например 2026/2027"));
        }
        if (Typed.ticked(forms).isEmpty()) {
            errors.add(new FormErrors.FieldError("forms", "Отметьте формы наставничества, которые ведёт школа"));
        }
        if (curatorList().stream().anyMatch(c -> c.length() > 200)) {
            errors.add(new FormErrors.FieldError("curators", "ФИО куратора — не длиннее 200 символов"));
        }
        return errors;
    }

    boolean runs(String code) {
        return Typed.ticked(forms).contains(code);
    }

    /** One curator per line; a comma stays inside a name («Иванова, зам. директора» is one curator). */
    private List<String> curatorList() {
        return curators == null ? List.of()
                : Typed.ticked(List.of(curators.split("\\R")));
    }

    Programmes.Save toCommand() {
        return new Programmes.Save(schoolYear == null ? null : schoolYear.replaceAll("\\s", ""), Typed.text(title),
                Typed.ticked(forms), curatorList(), Typed.text(goals), Typed.whole(silentAfterWeeks));
    }
}
