package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the event pages word an event: when, where, who organises, how many places are left. */
final class EventLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"));
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private EventLabels() {
    }

    /** The title as lists show it: a cancelled event says so. */
    static String title(Events.Event e) {
        return e.cancelled() ? e.title() + " — отменено" : e.title();
    }

    static String when(Events.Event e) {
        var start = e.startsAt().atZone(Dates.zone());
        var end = e.endsAt().atZone(Dates.zone());
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return DAY.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end);
        }
        return DAY.format(start) + " — " + DAY.format(end);
    }

    static String day(Instant moment) {
        return DAY.format(moment.atZone(Dates.zone()));
    }

    static String where(Events.Event e) {
        if ("ONLINE".equals(e.format())) {
            return "онлайн";
        }
        return e.venue() == null ? e.formatTitle() : e.venue() + ("HYBRID".equals(e.format()) ? " и онлайн" : "");
    }

    static String places(Events.Event e) {
        if (e.cancelled()) {
            return "мероприятие отменено";
        }
        if (e.freePlaces() > 0) {
            return "свободно " + e.freePlaces() + " из " + e.capacity();
        }
        return "мест нет — запись в лист ожидания";
    }

    static String organiser(Events.Event e, Schools schools) {
        return switch (e.organiser()) {
            case "SCHOOL" -> schools.label(e.organiserSchoolId());
            default -> e.organiserTitle();
        };
    }

    static String school(String id, Schools schools) {
        return id == null ? "—" : schools.label(id);
    }

    /** The service says whether the window is open now; otherwise both its ends, past or future. */
    static String window(Events.Event e) {
        if (e.cancelled()) {
            return "мероприятие отменено, заявки не принимаются";
        }
        return e.registrationOpen() ? "регистрация открыта до " + Dates.moment(e.closesAt())
                : "регистрация закрыта (приём заявок с " + Dates.moment(e.opensAt()) + " до " + Dates.moment(e.closesAt()) + ")";
    }

    /** A list of the events service's vocabulary as a select's options, the chosen code selected. */
    static List<Option> options(List<Events.Term> terms, @Nullable String chosen) {
        return Option.of(terms, Events.Term::code, Events.Term::title, t -> t.code().equals(chosen));
    }
}
