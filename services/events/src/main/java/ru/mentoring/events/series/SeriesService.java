package ru.mentoring.events.series;

import jakarta.inject.Singleton;
import ru.mentoring.events.event.CreateEventCommand;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventService;
import ru.mentoring.events.registration.EventNumbers;
import ru.mentoring.events.registration.RegistrationService;
import ru.mentoring.events.support.EventsZone;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tx.Transactions;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Yearly events: the rule gives each year's date; the event keeps its time of day, its length and its
 * registration window's distance from the start. Each year's instance is an ordinary event, so
 * registrations, places and numbers work as for any other.
 */
@Singleton
class SeriesService {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private final SeriesRepository series;
    private final SeriesQueries queries;
    private final EventService events;
    private final RegistrationService registrations;
    private final EventsZone zone;
    private final Transactions tx;

    SeriesService(SeriesRepository series, SeriesQueries queries, EventService events, RegistrationService registrations,
                  EventsZone zone, Transactions tx) {
        this.series = series;
        this.queries = queries;
        this.events = events;
        this.registrations = registrations;
        this.zone = zone;
        this.tx = tx;
    }

    Series create(SeriesCommand command, Person organiser) {
        List<String> problems = command.recurrence().problems();
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        CreateEventCommand template = command.event();
        int year = command.year() != null ? command.year() : template.startsAt().atZone(zone.zone()).getYear();
        Series created = new Series(UUID.randomUUID(), template.title().strip(), command.recurrence(), template, year,
                organiser.subject());
        return tx.write(() -> {
            series.insert(created);
            events.create(instanceFor(created, year), organiser, created.id());
            return created;
        });
    }

    Event addYear(UUID seriesId, int year, Person organiser) {
        Series s = find(seriesId);
        if (events.ofSeries(seriesId).stream().anyMatch(e -> e.startsAt().atZone(zone.zone()).getYear() == year)) {
            throw BusinessRuleException.conflict("Мероприятие этой серии на " + year + " год уже создано");
        }
        return events.create(instanceFor(s, year), organiser, seriesId);
    }

    void enterHistory(UUID seriesId, HistoryCommand command) {
        find(seriesId);
        tx.write(() -> series.putHistory(seriesId, command.year(), command.participants(), command.schools()));
    }

    Series find(UUID id) {
        return queries.find(id).orElseThrow(() -> BusinessRuleException.notFound("Серия мероприятий не найдена"));
    }

    List<Series> all() {
        return queries.all();
    }

    /** The series' years side by side: entered history and the platform's own numbers (participants who attended, else registered). */
    List<YearFigures> dynamics(UUID seriesId) {
        Map<Integer, YearFigures> years = new TreeMap<>();
        queries.history(seriesId).forEach(h -> years.put(h.year(), h));
        List<Event> instances = events.ofSeries(seriesId);
        Map<UUID, EventNumbers> numbers = registrations.numbers(instances.stream().map(Event::id).toList());
        for (Event e : instances) {
            EventNumbers n = numbers.getOrDefault(e.id(), EventNumbers.NONE);
            int participants = n.attended() > 0 ? n.attended() : n.participants();
            years.put(e.startsAt().atZone(zone.zone()).getYear(),
                    new YearFigures(e.startsAt().atZone(zone.zone()).getYear(), e.id(), participants, n.schools(), false));
        }
        return new ArrayList<>(years.values());
    }

    List<Event> instances(UUID seriesId) {
        return events.ofSeries(seriesId);
    }

    private CreateEventCommand instanceFor(Series s, int year) {
        CreateEventCommand t = s.template();
        LocalDate date = s.recurrence().dateIn(year).orElseThrow(() ->
                new BusinessRuleException("В " + year + " году нет дня по правилу «" + s.recurrence().inWords() + "»"));
        ZonedDateTime templateStart = t.startsAt().atZone(zone.zone());
        LocalTime time = templateStart.toLocalTime();
        Instant start = date.atTime(time).atZone(zone.zone()).toInstant();
        Duration length = Duration.between(t.startsAt(), t.endsAt());
        Duration opensBefore = t.opensAt() == null ? DEFAULT_WINDOW : Duration.between(t.opensAt(), t.startsAt());
        Duration closesBefore = t.closesAt() == null ? Duration.ZERO : Duration.between(t.closesAt(), t.startsAt());
        return t.movedTo(start, start.plus(length), start.minus(opensBefore), start.minus(closesBefore));
    }
}
