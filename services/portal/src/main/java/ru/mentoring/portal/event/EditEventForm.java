package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * «Изменить мероприятие» exactly as typed: what an organiser may change once people applied — the title,
 * when and where, when applications close, the description. Fields in the order the page shows them.
 */
@Introspected
@Serdeable
record EditEventForm(
        @Nullable @NotBlank(message = "Укажите название мероприятия") @Size(max = 300, message = "Не длиннее 300 символов") String title,
        @Nullable @NotBlank(message = "Укажите дату мероприятия") @DateField(message = "Дата — в формате ДД.ММ.ГГГГ") String day,
        @Nullable @NotBlank(message = "Укажите время начала")
        @Pattern(regexp = EventSchedule.TIME, message = "Время — в формате ЧЧ:ММ, например 10:00") String startTime,
        @Nullable @NotBlank(message = "Укажите время окончания")
        @Pattern(regexp = EventSchedule.TIME, message = "Время — в формате ЧЧ:ММ, например 15:00") String endTime,
        @Nullable @DateField(message = "Дата — в формате ДД.ММ.ГГГГ") String lastDay,
        @Nullable @NotBlank(message = "Выберите формат проведения") String format,
        @Nullable @Size(max = 500, message = "Не длиннее 500 символов") String venue,
        @Nullable @Size(max = 500, message = "Не длиннее 500 символов") String onlineUrl,
        @Nullable @DateField(message = "Дата — в формате ДД.ММ.ГГГГ") String closesOn,
        @Nullable @Size(max = 5000, message = "Не длиннее 5000 символов") String description) implements CheckedForm {

    /** The event as it stands, for the organiser to change. */
    static EditEventForm of(Events.Event e) {
        var start = e.startsAt().atZone(Dates.zone());
        var end = e.endsAt().atZone(Dates.zone());
        LocalDate closes = e.closesAt().atZone(Dates.zone()).toLocalDate();
        boolean closesAtStart = e.closesAt().equals(e.startsAt());
        return new EditEventForm(e.title(), Dates.day(start.toLocalDate()), EventLabels.TIME.format(start),
                EventLabels.TIME.format(end), end.toLocalDate().equals(start.toLocalDate()) ? "" : Dates.day(end.toLocalDate()),
                e.format(), orEmpty(e.venue()), orEmpty(e.onlineUrl()), closesAtStart ? "" : Dates.day(closes),
                orEmpty(e.description()));
    }

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        EventSchedule.check(format, venue, onlineUrl, day, startTime, endTime, lastDay, closesOn, errors);
        return errors;
    }

    Events.EventEdit toEdit() {
        return new Events.EventEdit(title.strip(), Typed.text(description), format.strip(), Typed.text(venue),
                Typed.text(onlineUrl), startsAt(), EventSchedule.endsAt(day, lastDay, endTime),
                EventSchedule.closesAt(closesOn, day, startTime));
    }

    @Nullable
    Instant startsAt() {
        return EventSchedule.startsAt(day, startTime);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
