package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * When and where an event runs, as an organiser types it on the new-event and the edit forms: one day
 * with a start and an end time, or several days up to {@code lastDay}, in the municipality's time;
 * applications close at the end of {@code closesOn}, or when the event starts if that comes first.
 */
final class EventSchedule {

    static final String TIME = "^\\s*([01]?\\d|2[0-3]):[0-5]\\d\\s*$";
    /** 9:30 as well as 09:30, as people type it. */
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("H:mm");

    private EventSchedule() {
    }

    @Nullable
    static Instant startsAt(@Nullable String day, @Nullable String startTime) {
        return at(Typed.date(day), startTime);
    }

    @Nullable
    static Instant endsAt(@Nullable String day, @Nullable String lastDay, @Nullable String endTime) {
        LocalDate last = Typed.date(lastDay);
        return at(last != null ? last : Typed.date(day), endTime);
    }

    @Nullable
    static Instant closesAt(@Nullable String closesOn, @Nullable String day, @Nullable String startTime) {
        LocalDate closes = Typed.date(closesOn);
        if (closes == null) {
            return null;
        }
        Instant endOfDay = closes.plusDays(1).atStartOfDay(Dates.zone()).toInstant().minusSeconds(60);
        Instant start = startsAt(day, startTime);
        return start != null && endOfDay.isAfter(start) ? start : endOfDay;
    }

    /** The mistakes only the fields together show, each under its field, in the order of the page. */
    static void check(@Nullable String format, @Nullable String venue, @Nullable String onlineUrl, @Nullable String day,
                      @Nullable String startTime, @Nullable String endTime, @Nullable String lastDay,
                      @Nullable String closesOn, List<FormErrors.FieldError> errors) {
        if ("IN_PERSON".equals(format) && Typed.text(venue) == null) {
            errors.add(new FormErrors.FieldError("venue", "Укажите место проведения очного мероприятия"));
        }
        if (("ONLINE".equals(format) || "HYBRID".equals(format)) && Typed.text(onlineUrl) == null) {
            errors.add(new FormErrors.FieldError("onlineUrl", "Укажите ссылку на трансляцию"));
        }
        Instant start = startsAt(day, startTime);
        Instant end = endsAt(day, lastDay, endTime);
        LocalDate first = Typed.date(day);
        LocalDate last = Typed.date(lastDay);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FormErrors.FieldError("lastDay", "Последний день не может быть раньше первого"));
        } else if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new FormErrors.FieldError("endTime", "Мероприятие должно закончиться позже, чем начнётся"));
        }
        LocalDate closes = Typed.date(closesOn);
        if (closes != null && first != null && closes.isAfter(first)) {
            errors.add(new FormErrors.FieldError("closesOn", "Приём заявок должен закончиться не позже дня мероприятия"));
        }
    }

    @Nullable
    private static Instant at(@Nullable LocalDate date, @Nullable String time) {
        if (date == null || time == null || !time.matches(TIME)) {
            return null;
        }
        return date.atTime(LocalTime.parse(time.strip(), CLOCK_TIME)).atZone(Dates.zone()).toInstant();
    }
}
