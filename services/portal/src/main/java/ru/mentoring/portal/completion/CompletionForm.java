package ru.mentoring.portal.completion;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.pairwork.WorkLabels;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Completion of a pair (DOMAIN §5 stage 7): results, the mutual assessment (1–10 and text; either side may
 * have given its own already), the decision to continue with a new topic and term or to stop, and for a
 * teacher pair the mentor's readiness verdict. {@code teacherPair} and {@code today} are filled by the
 * controller; {@code confirmed} is set by the confirmation page.
 */
@Introspected
@Serdeable
record CompletionForm(
        @Nullable @NotBlank(message = "Опишите результаты наставничества")
        @Size(max = 4000, message = "Не длиннее 4000 символов") String results,
        @Nullable @WholeNumber(min = 1, max = 10, message = "Оценка — целое число от 1 до 10") String mentorScore,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String mentorText,
        @Nullable @WholeNumber(min = 1, max = 10, message = "Оценка — целое число от 1 до 10") String menteeScore,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String menteeText,
        @Nullable @NotBlank(message = "Выберите решение: продолжить наставничество или завершить") String decision,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String continueTopic,
        @Nullable @DateField(message = "Срок — в формате ДД.ММ.ГГГГ") String continueUntil,
        @Nullable String readiness,
        @Nullable String teacherPair,
        @Nullable String today,
        @Nullable String confirmed) implements CheckedForm {

    static final Set<String> FIELDS = Set.of("results", "mentorScore", "mentorText", "menteeScore", "menteeText",
            "decision", "continueTopic", "continueUntil", "readiness");

    static CompletionForm empty() {
        return new CompletionForm("", "", "", "", "", "", "", "", "", null, null, null);
    }

    /** Started from the assessments each side has given already. */
    static CompletionForm assessed(Completions.Assessments a) {
        return new CompletionForm("", a.mentorScore() == null ? "" : a.mentorScore().toString(),
                a.mentorText() == null ? "" : a.mentorText(), a.menteeScore() == null ? "" : a.menteeScore().toString(),
                a.menteeText() == null ? "" : a.menteeText(), "", "", "", "", null, null, null);
    }

    CompletionForm knowing(boolean teacher, LocalDate day) {
        return new CompletionForm(results, mentorScore, mentorText, menteeScore, menteeText, decision, continueTopic,
                continueUntil, readiness, Boolean.toString(teacher), day.toString(), confirmed);
    }

    boolean isConfirmed() {
        return "true".equals(confirmed);
    }

    boolean continuing() {
        return "CONTINUE".equals(Typed.text(decision));
    }

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        if (Typed.text(decision) != null && !WorkLabels.DECISIONS.containsKey(decision.strip())) {
            errors.add(new FormErrors.FieldError("decision", "Выберите решение из списка"));
        }
        if (continuing()) {
            if (Typed.text(continueTopic) == null) {
                errors.add(new FormErrors.FieldError("continueTopic", "Укажите новую тему, чтобы продолжить"));
            }
            LocalDate until = Typed.date(continueUntil);
            LocalDate now = Typed.date(today);
            if (Typed.text(continueUntil) == null) {
                errors.add(new FormErrors.FieldError("continueUntil", "Укажите новый срок, чтобы продолжить"));
            } else if (until != null && now != null && !until.isAfter(now)) {
                errors.add(new FormErrors.FieldError("continueUntil", "Новый срок должен быть позже сегодняшнего дня"));
            }
        }
        String verdict = Typed.text(readiness);
        if ("true".equals(teacherPair) && verdict == null) {
            errors.add(new FormErrors.FieldError("readiness",
                    "Для пары педагогов укажите вывод о готовности наставляемого"));
        } else if (verdict != null && !WorkLabels.READINESS.containsKey(verdict)) {
            errors.add(new FormErrors.FieldError("readiness", "Выберите вывод о готовности из списка"));
        }
        return errors;
    }

    Completions.Complete toCommand() {
        boolean going = continuing();
        return new Completions.Complete(Typed.text(results), Typed.whole(mentorScore), Typed.text(mentorText),
                Typed.whole(menteeScore), Typed.text(menteeText), Typed.text(decision),
                going ? Typed.text(continueTopic) : null, going ? Typed.date(continueUntil) : null,
                Typed.text(readiness));
    }

    /** Which field a refusal of the school service is about, by what it says. */
    @Nullable
    static String field(String reason) {
        if (reason.contains("готовност")) {
            return "readiness";
        }
        if (reason.contains("тем")) {
            return "continueTopic";
        }
        if (reason.contains("срок")) {
            return "continueUntil";
        }
        if (reason.contains("решени")) {
            return "decision";
        }
        if (reason.contains("результат")) {
            return "results";
        }
        return null;
    }
}
