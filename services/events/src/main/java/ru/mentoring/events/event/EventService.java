package ru.mentoring.events.event;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The catalogue: who may organise what, and the rules of a new event, all checked at once so the
 * organiser fixes the form in one pass. A curator organises for their own school (or a network
 * project their school leads); the methodist for the municipality or a network project.
 */
@Singleton
public class EventService {

    /** How long a read of an event's rules may be reused: applications re-check everything under the lock. */
    private static final long DEFINITION_TTL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final EventRepository events;
    private final EventQueries queries;
    private final EventRules rules;
    private final Clock clock;
    private final Map<UUID, Cached> definitions = new ConcurrentHashMap<>();

    EventService(EventRepository events, EventQueries queries, EventRules rules, Clock clock) {
        this.events = events;
        this.queries = queries;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public Event create(CreateEventCommand command, Person organiser, UUID seriesId) {
        Event event = rules.newEvent(command, organiser, seriesId, clock.instant());
        events.insert(event);
        return event;
    }

    /**
     * The organiser's changes (the caller checked they run the event), under the event's lock so no batch
     * of applications reads it half-changed; the caller's transaction tells the applicants.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public Edit edit(UUID id, EditEventCommand command) {
        Event before = events.lock(id).orElseThrow(() -> BusinessRuleException.notFound("Мероприятие не найдено"));
        Event after = rules.edited(before, command, clock.instant());
        events.updateDetails(after);
        forget(id);
        return new Edit(before, after);
    }

    /**
     * Cancels the event (the caller checked they run it) under its lock, so no batch of applications
     * places anyone after it; the caller's transaction cancels and tells the applicants.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public Event cancel(UUID id, String reason) {
        Event event = events.lock(id).orElseThrow(() -> BusinessRuleException.notFound("Мероприятие не найдено"));
        events.cancel(id, rules.cancellation(event, reason, clock.instant()));
        forget(id);
        return events.lock(id).orElseThrow();
    }

    /** An event before and after its organiser's changes. */
    public record Edit(Event before, Event after) {

        /** Did what an applicant planned around change: the time, the format, the place or the link? */
        public boolean whenOrWhereChanged() {
            return !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())
                    || before.format() != after.format() || !java.util.Objects.equals(before.venue(), after.venue())
                    || !java.util.Objects.equals(before.onlineUrl(), after.onlineUrl());
        }
    }

    /** The event as the caller may see it; another school's event answers like one that does not exist. */
    @Transactional(readOnly = true)
    public Event visible(UUID id, Person person) {
        return queries.find(id).filter(e -> e.visibleTo(person))
                .orElseThrow(() -> BusinessRuleException.notFound("Мероприятие не найдено"));
    }

    /** The event for its organiser: 404 for those who cannot see it, 403 for those who see but do not run it. */
    @Transactional(readOnly = true)
    public Event managed(UUID id, Person person) {
        Event event = visible(id, person);
        if (!event.managedBy(person)) {
            throw new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.FORBIDDEN,
                    "Это мероприятие ведёт другой организатор");
        }
        return event;
    }

    @Transactional(readOnly = true)
    public Optional<Event> find(UUID id) {
        return queries.find(id);
    }

    /**
     * The rules of an event for a burst of applications, read at most once a second per event. Nothing
     * is decided on them alone: places, window and duplicates are checked again under the event's lock.
     */
    public Event definition(UUID id) {
        long now = System.nanoTime();
        Cached cached = definitions.get(id);
        if (cached != null && (now - cached.readAt < DEFINITION_TTL_NANOS || !cached.refreshing.compareAndSet(false, true))) {
            // fresh, or another request is reading it again right now: the rest of a burst goes on with the
            // rules read a second ago instead of all reading them at once
            return cached.event;
        }
        try {
            Event event = find(id).orElseThrow(() -> BusinessRuleException.notFound("Мероприятие не найдено"));
            definitions.put(id, new Cached(event, now));
            return event;
        } catch (RuntimeException e) {
            definitions.remove(id); // or the refreshing flag would keep the stale rules for ever
            throw e;
        }
    }

    void forget(UUID id) {
        definitions.remove(id);
    }

    @Transactional(readOnly = true)
    public List<Event> visibleList(Person person, EventFilter filter) {
        boolean everything = person.municipal() || person.has(Roles.EXPERT);
        return queries.visible(person.school().orElse(null), everything, filter);
    }

    /** The public calendar: municipal events only, for anyone. */
    @Transactional(readOnly = true)
    public List<Event> municipal(Instant from) {
        return queries.visible(null, false, new EventFilter(from, null, null, Organiser.MUNICIPALITY, null, null, 2000));
    }

    @Transactional(readOnly = true)
    public List<Event> ofNetworkProject(UUID projectId, Person person) {
        return visibleList(person, new EventFilter(null, null, null, Organiser.NETWORK_PROJECT, projectId, null, 2000));
    }

    @Transactional(readOnly = true)
    public List<Event> startingBetween(Instant from, Instant to) {
        return queries.startingBetween(from, to);
    }

    @Transactional(readOnly = true)
    public List<Event> ofSeries(UUID seriesId) {
        return queries.ofSeries(seriesId);
    }

    @Transactional(readOnly = true)
    public List<Event> byIds(Set<UUID> ids) {
        return ids.isEmpty() ? List.of() : queries.byIds(ids);
    }

    @Transactional(readOnly = true)
    public List<SchoolPlaces> places(UUID eventId) {
        return queries.places(eventId);
    }

    private record Cached(Event event, long readAt, java.util.concurrent.atomic.AtomicBoolean refreshing) {
        Cached(Event event, long readAt) {
            this(event, readAt, new java.util.concurrent.atomic.AtomicBoolean());
        }
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static Set<Audience> audience(Set<Audience> given) {
        return given == null || given.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(given);
    }

    static Map<String, Integer> caps(Map<String, Integer> given) {
        return given == null ? Map.of() : new LinkedHashMap<>(given);
    }

    static List<String> distinct(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }
}
