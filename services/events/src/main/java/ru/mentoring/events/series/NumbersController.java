package ru.mentoring.events.series;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventService;
import ru.mentoring.events.registration.EventNumbers;
import ru.mentoring.events.registration.RegistrationService;
import ru.mentoring.events.support.EventsZone;
import ru.mentoring.events.support.Person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Participants per event for a year, each next to the same series' previous year. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class NumbersController {

    private final EventService events;
    private final RegistrationService registrations;
    private final SeriesService series;
    private final EventsZone zone;

    NumbersController(EventService events, RegistrationService registrations, SeriesService series, EventsZone zone) {
        this.events = events;
        this.registrations = registrations;
        this.series = series;
        this.zone = zone;
    }

    @Get("/api/events/{id}/numbers")
    EventNumbers ofEvent(UUID id, Authentication authentication) {
        Event e = events.visible(id, Person.of(authentication));
        return registrations.numbers(List.of(e.id())).getOrDefault(e.id(), EventNumbers.NONE);
    }

    @Get("/api/numbers{?year}")
    YearNumbers ofYear(@Nullable @QueryValue Integer year, Authentication authentication) {
        int y = year != null ? year : zone.today().getYear();
        Instant from = java.time.LocalDate.of(y, 1, 1).atStartOfDay(zone.zone()).toInstant();
        Instant to = java.time.LocalDate.of(y + 1, 1, 1).atStartOfDay(zone.zone()).toInstant();
        List<Event> list = events.visibleList(Person.of(authentication),
                ru.mentoring.events.event.EventFilter.period(from, to));
        Map<UUID, EventNumbers> numbers = registrations.numbers(list.stream().map(Event::id).toList());
        List<Row> rows = list.stream().map(e -> {
            EventNumbers n = numbers.getOrDefault(e.id(), EventNumbers.NONE);
            Integer previous = e.seriesId() == null ? null : series.dynamics(e.seriesId()).stream()
                    .filter(f -> f.year() == y - 1).map(YearFigures::participants).findFirst().orElse(null);
            return new Row(e.id(), e.title(), e.kind().title(), e.startsAt(), n, previous);
        }).toList();
        return new YearNumbers(y, rows, rows.stream().mapToInt(r -> r.numbers().participants()).sum(),
                rows.stream().mapToInt(r -> r.numbers().attended()).sum());
    }

    @Serdeable
    record Row(UUID eventId, String title, String kindTitle, Instant startsAt, EventNumbers numbers,
               @Nullable Integer previousYearParticipants) {
    }

    @Serdeable
    record YearNumbers(int year, List<Row> items, int participants, int attended) {
    }
}
