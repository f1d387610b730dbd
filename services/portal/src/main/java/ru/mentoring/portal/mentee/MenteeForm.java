package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one form of a mentee, new or changed, exactly as typed and in the order the page shows it: who
 * they are, the pupil's class and parent, the young teacher's position, subject and experience, the
 * request, and last the restricted categories only the curator sees.
 */
@Introspected
@Serdeable
record MenteeForm(
        @Nullable @NotBlank(message = "Укажите ФИО наставляемого") @Size(max = 200, message = "Не длиннее 200 символов") String fullName,
        @Nullable @NotBlank(message = "Выберите, кто наставляемый")
        @Pattern(regexp = "^$|TEACHER|PUPIL|STUDENT|OTHER", message = "Выберите, кто наставляемый") String kind,
        @Nullable @DateField(message = "Дата рождения — в формате ДД.ММ.ГГГГ") String birthDate,
        @Nullable @Size(max = 20, message = "Не длиннее 20 символов") String grade,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String guardianName,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String guardianContact,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String position,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String subject,
        @Nullable @WholeNumber(min = 0, max = 60, message = "Стаж — целое число лет от 0 до 60") String experienceYears,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String organisation,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String contact,
        @Nullable @Size(max = 60, message = "Выберите категорию запроса из списка") String requestCategory,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String request,
        @Nullable @DateField(message = "Дата вхождения — в формате ДД.ММ.ГГГГ") String enteredAt,
        @Nullable @Pattern(regexp = "^$|QUESTIONNAIRE|SELF_APPLICATION|TEACHER_NOMINATION|PSYCHOLOGIST_NOMINATION|CURATOR",
                message = "Выберите источник из списка") String source,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String availableTime,
        @Nullable String supportNeeds,
        @Nullable String difficultSituation,
        @Nullable String behaviour,
        @Nullable String poorResults) implements CheckedForm {

    // the school's own rule for a class: 1 to 11 and perhaps a letter — «7Б», «7 б», «10-А», «11»
    private static final java.util.regex.Pattern GRADE = java.util.regex.Pattern.compile(
            "^\\s*(1[01]|[1-9])\\s*[-–]?\\s*([А-ЯЁа-яёA-Za-z])?\\s*(класс)?\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    static MenteeForm empty(@Nullable String kind, LocalDate today) {
        return new MenteeForm("", kind == null ? "" : kind, "", "", "", "", "", "", "", "", "", "", "",
                today.toString(), "CURATOR", "", null, null, null, null);
    }

    static MenteeForm of(Mentees.Mentee m) {
        Mentees.Restricted r = m.restrictedOrNone();
        return new MenteeForm(m.fullName(), m.kind(), text(m.birthDate()), m.grade(), m.guardianName(),
                m.guardianContact(), m.position(), m.subject(),
                m.experienceYears() == null ? "" : m.experienceYears().toString(), m.organisation(), m.contact(),
                m.requestCategory(), m.request(), text(m.enteredAt()), m.source(), m.availableTime(),
                flag(r.supportNeeds()), flag(r.difficultSituation()), flag(r.behaviour()), flag(r.poorResults()));
    }

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        if ("PUPIL".equals(kind) && Typed.text(grade) == null) {
            errors.add(new FormErrors.FieldError("grade", "Укажите класс обучающегося, например 7Б"));
        } else if ("PUPIL".equals(kind) && !GRADE.matcher(grade).matches()) {
            errors.add(new FormErrors.FieldError("grade", "Класс — номер от 1 до 11 и буква, например 7Б"));
        }
        if ("TEACHER".equals(kind) && Typed.text(position) == null) {
            errors.add(new FormErrors.FieldError("position", "Укажите должность молодого педагога"));
        }
        return errors;
    }

    public boolean checked(String flag) {
        String value = switch (flag) {
            case "supportNeeds" -> supportNeeds;
            case "difficultSituation" -> difficultSituation;
            case "behaviour" -> behaviour;
            case "poorResults" -> poorResults;
            default -> null;
        };
        return value != null && !value.isBlank() && !"false".equals(value);
    }

    /** What does not belong to the kind chosen is not sent: a young teacher has no class or parent, a pupil no position. */
    Mentees.Save toCommand() {
        boolean teacher = "TEACHER".equals(kind);
        boolean pupil = !teacher;
        return new Mentees.Save(Typed.text(fullName), Typed.text(kind), Typed.date(birthDate),
                pupil ? Typed.text(grade) : null, teacher ? Typed.text(position) : null,
                teacher ? Typed.text(subject) : null, teacher ? Typed.whole(experienceYears) : null,
                Typed.text(organisation), Typed.text(contact), pupil ? Typed.text(guardianName) : null,
                pupil ? Typed.text(guardianContact) : null, Typed.text(requestCategory), Typed.text(request),
                Typed.date(enteredAt), Typed.text(source), Typed.text(availableTime), checked("supportNeeds"),
                checked("difficultSituation"), checked("behaviour"), checked("poorResults"));
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String flag(boolean on) {
        return on ? "true" : null;
    }
}
