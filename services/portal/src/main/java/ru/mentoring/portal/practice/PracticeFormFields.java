package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The practice form exactly as typed, fields in the order the page shows them. Authors are typed one
 * per line, «ФИО; e-mail; должность». {@code action} is the button pressed: «draft» keeps the practice
 * from review, «submit» sends it. What a submission needs beyond this is the library's to check.
 */
@Introspected
@Serdeable
record PracticeFormFields(
        @Nullable @NotBlank(message = "Укажите название практики")
        @Size(max = 300, message = "Название не длиннее 300 символов") String title,
        @Nullable @Size(max = 10000, message = "Описание проблемы не длиннее 10 000 символов") String problem,
        @Nullable @Size(max = 20000, message = "Описание практики не длиннее 20 000 символов") String description,
        @Nullable @Size(max = 10000, message = "Методы и приёмы не длиннее 10 000 символов") String methods,
        @Nullable @Size(max = 10000, message = "Результаты не длиннее 10 000 символов") String results,
        @Nullable @Size(max = 200, message = "Форма наставничества не длиннее 200 символов") String form,
        @Nullable @Size(max = 200, message = "Вариант взаимодействия не длиннее 200 символов") String formVariant,
        @Nullable @Size(max = 200, message = "Целевая группа не длиннее 200 символов") String targetGroup,
        @Nullable List<String> competencies,
        @Nullable @WholeNumber(min = 2000, max = 2100, message = "Год реализации — четыре цифры, например 2025") String year,
        @Nullable @Size(max = 20, message = "Выберите уровень практики") String level,
        @Nullable @Size(max = 3000, message = "Список авторов не длиннее 3000 символов") String authors,
        @Nullable String noPupilData,
        @Nullable String action) implements CheckedForm {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    static PracticeFormFields empty() {
        return new PracticeFormFields("", "", "", "", "", "", "", "", List.of(), "", "SCHOOL", "", null, null);
    }

    static PracticeFormFields of(Practices.Page p) {
        String authors = p.authors() == null ? "" : String.join("\n", p.authors().stream()
                .map(a -> a.fullName() + "; " + (a.email() == null ? "" : a.email()) + "; "
                        + (a.position() == null ? "" : a.position()))
                .map(line -> line.replaceAll("(; )+$", "")).toList());
        return new PracticeFormFields(p.title(), nz(p.problem()), nz(p.description()), nz(p.methods()), nz(p.results()),
                nz(p.form()), nz(p.formVariant()), nz(p.targetGroup()), p.competencies() == null ? List.of() : p.competencies(),
                p.year() == null ? "" : p.year().toString(), p.level() == null ? "" : p.level(), authors,
                p.noPupilData() ? "true" : null, null);
    }

    boolean submitting() {
        return "submit".equals(action);
    }

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        int line = 0;
        for (String row : lines()) {
            line++;
            String[] parts = row.split(";", -1);
            if (parts[0].isBlank()) {
                errors.add(new FormErrors.FieldError("authors", "Строка " + line + ": укажите ФИО автора"));
            }
            if (parts.length > 1 && !parts[1].isBlank() && !EMAIL.matcher(parts[1].strip()).matches()) {
                errors.add(new FormErrors.FieldError("authors", "Строка " + line + ": адрес электронной почты указан неверно"));
            }
        }
        return errors;
    }

    Practices.Submission toSubmission() {
        List<Practices.Author> list = lines().stream().map(row -> {
            String[] parts = row.split(";", -1);
            return new Practices.Author(parts[0].strip(), parts.length > 1 ? Typed.text(parts[1]) : null,
                    parts.length > 2 ? Typed.text(parts[2]) : null, null);
        }).toList();
        return new Practices.Submission(Typed.text(title), Typed.text(problem), Typed.text(description),
                Typed.text(methods), Typed.text(results), Typed.text(form), Typed.text(formVariant),
                Typed.text(targetGroup), Typed.ticked(competencies), Typed.whole(year), Typed.text(level), list,
                "true".equals(noPupilData), !submitting());
    }

    private List<String> lines() {
        return authors == null ? List.of() : authors.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }
}
