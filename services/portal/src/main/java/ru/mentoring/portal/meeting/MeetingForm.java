package ru.mentoring.portal.meeting;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Meetings;
import ru.mentoring.portal.pairwork.WorkLabels;
import ru.mentoring.portal.web.Dates;
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
 * A meeting of the pair as typed: date, kind of the meeting sequence, format, topic, result and duration.
 * The last two fields are the pair's start and today, filled by the controller, so a date before the pair
 * started or in the future is said before the service is asked.
 */
@Introspected
@Serdeable
record MeetingForm(
        @Nullable @NotBlank(message = "Укажите дату встречи")
        @DateField(message = "Дата — в формате ДД.ММ.ГГГГ") String date,
        @Nullable @NotBlank(message = "Выберите вид встречи") String kind,
        @Nullable @NotBlank(message = "Выберите формат встречи") String format,
        @Nullable @NotBlank(message = "Укажите тему встречи")
        @Size(max = 500, message = "Не длиннее 500 символов") String topic,
        @Nullable @Size(max = 4000, message = "Не длиннее 4000 символов") String result,
        @Nullable @WholeNumber(min = 1, max = 600, message = "Длительность — целое число минут от 1 до 600")
        String durationMinutes,
        @Nullable String startsOn,
        @Nullable String today) implements CheckedForm {

    static final Set<String> FIELDS = Set.of("date", "kind", "format", "topic", "result", "durationMinutes");

    static MeetingForm empty(LocalDate today, @Nullable String kind) {
        return new MeetingForm(today.toString(), kind == null ? "" : kind, "IN_PERSON", "", "", "", null, null);
    }

    MeetingForm knowing(@Nullable LocalDate pairStart, LocalDate day) {
        return new MeetingForm(date, kind, format, topic, result, durationMinutes,
                pairStart == null ? null : pairStart.toString(), day.toString());
    }

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        LocalDate day = Typed.date(date);
        LocalDate start = Typed.date(startsOn);
        LocalDate now = Typed.date(today);
        if (day != null && start != null && day.isBefore(start)) {
            errors.add(new FormErrors.FieldError("date", "Встреча раньше начала работы пары (" + Dates.day(start) + ")"));
        }
        if (day != null && now != null && day.isAfter(now)) {
            errors.add(new FormErrors.FieldError("date", "Встреча ещё не прошла: запишите её после того, как она состоится"));
        }
        if (Typed.text(kind) != null && !WorkLabels.KINDS.containsKey(kind.strip())) {
            errors.add(new FormErrors.FieldError("kind", "Выберите вид встречи из списка"));
        }
        if (Typed.text(format) != null && !WorkLabels.FORMATS.containsKey(format.strip())) {
            errors.add(new FormErrors.FieldError("format", "Выберите формат встречи из списка"));
        }
        return errors;
    }

    Meetings.NewMeeting toCommand() {
        return new Meetings.NewMeeting(Typed.date(date), Typed.text(kind), Typed.text(format), Typed.text(topic),
                Typed.text(result), Typed.whole(durationMinutes));
    }

    /** Which field a refusal of the school service is about, by what it says. */
    @Nullable
    static String field(String reason) {
        if (reason.contains("итогов") || reason.contains("вид встречи")) {
            return "kind";
        }
        if (reason.contains("дата") || reason.contains("раньше") || reason.contains("позже")
                || reason.contains("будущ") || reason.contains("ещё не")) {
            return "date";
        }
        if (reason.contains("формат")) {
            return "format";
        }
        if (reason.contains("длительн")) {
            return "durationMinutes";
        }
        if (reason.contains("тема") || reason.contains("тему")) {
            return "topic";
        }
        return null;
    }
}
