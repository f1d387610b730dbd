package ru.mentoring.events.registration;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventService;
import ru.mentoring.events.mentorbase.MentorCard;
import ru.mentoring.events.mentorbase.MentorCards;
import ru.mentoring.events.support.EventsZone;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Applications, as a person, a curator or an organiser makes them. Everything that moves places goes
 * through {@link Places} (under the event's lock); this class authorises and checks the request
 * first, so a refused request never reaches the lock.
 */
@Singleton
public class RegistrationService {

    private static final long ANSWER_WITHIN_SECONDS = 20;

    private final EventService events;
    private final MentorCards cards;
    private final SeatDesk desk;
    private final Places places;
    private final RegistrationQueries queries;
    private final EventsZone zone;

    RegistrationService(EventService events, MentorCards cards, SeatDesk desk, Places places, RegistrationQueries queries,
                        EventsZone zone) {
        this.events = events;
        this.cards = cards;
        this.desk = desk;
        this.places = places;
        this.queries = queries;
        this.zone = zone;
    }

    Registration apply(UUID eventId, Person person, ApplyCommand command) {
        Event event = events.definition(eventId);
        if (!event.visibleTo(person)) {
            throw BusinessRuleException.notFound("Мероприятие не найдено");
        }
        Applicant applicant = applicant(event, person, command);
        List<String> problems = new ArrayList<>(Eligibility.problems(event, applicant, zone.clock().instant(), zone.zone()));
        applicant = applicant.withAnswers(Eligibility.answers(event, command.answers(), problems));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        String code = places.code();
        // drawn here, not under the event's lock; not at all for one who will most likely wait
        byte[] qr = places.likelyFull(eventId) ? null : ru.mentoring.events.document.QrCodes.png(code);
        applicant = applicant.withTicket(new Applicant.Ticket(code, qr));
        try {
            return desk.submit(eventId, applicant, places).get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Сервис не успел обработать заявку: повторите попытку через несколько секунд");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Applicant applicant(Event event, Person person, ApplyCommand command) {
        if (command.mentorId() != null && command.team() != null) {
            throw new BusinessRuleException("Укажите либо сотрудника, либо команду, но не обоих сразу");
        }
        Mode mode = command.team() != null ? Mode.TEAM : command.mentorId() != null ? Mode.STAFF : Mode.SELF;
        MentorCard card = null;
        if (mode == Mode.STAFF) {
            card = cards.byId(command.mentorId()).orElse(null);
        } else if (mode == Mode.SELF && needsCard(event) && person.accountKey().isPresent()) {
            card = cards.byAccountKeys(List.of(person.accountKey().get())).get(person.accountKey().get());
        }
        return new Applicant(mode, person.subject(), person.displayName(), person.email(), person.caller().roles(),
                person.school().orElse(null), person.accountKey().orElse(null), card, command.team(), Map.of());
    }

    /** Only rules about experience or kind need the mentor base before the batch; the batch links everyone else. */
    private static boolean needsCard(Event event) {
        return event.experienceMin() != null || event.experienceMax() != null
                || event.audience().contains(ru.mentoring.events.event.Audience.TEACHER)
                || event.audience().contains(ru.mentoring.events.event.Audience.MENTOR);
    }

    /** The keys under which this person holds places: as themself and as their mentor card. */
    @Transactional(readOnly = true)
    List<String> ownKeys(Person person) {
        List<String> keys = new ArrayList<>(List.of("user:" + person.subject()));
        person.accountKey().map(k -> cards.byAccountKeys(List.of(k)).get(k)).ifPresent(c -> keys.add("mentor:" + c.id()));
        return keys;
    }

    Optional<Registration> mine(UUID eventId, Person person) {
        events.visible(eventId, person);
        return queries.liveOwn(eventId, ownKeys(person));
    }

    void cancelMine(UUID eventId, Person person) {
        Registration own = mine(eventId, person)
                .orElseThrow(() -> BusinessRuleException.notFound("Вы не зарегистрированы на это мероприятие"));
        places.cancel(eventId, own.id(), false);
    }

    /** Everything the person applied for, or holds a place in, with its event. */
    public List<Mine> myRegistrations(Person person) {
        List<Registration> rows = queries.mine(person.subject(), ownKeys(person));
        Map<UUID, Event> byId = new java.util.HashMap<>();
        events.byIds(rows.stream().map(Registration::eventId).collect(java.util.stream.Collectors.toSet()))
                .forEach(e -> byId.put(e.id(), e));
        return rows.stream().filter(r -> byId.containsKey(r.eventId())).map(r -> new Mine(r, byId.get(r.eventId()))).toList();
    }

    public record Mine(Registration registration, Event event) {
    }

    List<Registration> ofEvent(UUID eventId, Person organiser) {
        events.managed(eventId, organiser);
        return queries.ofEvent(eventId);
    }

    Registration decide(UUID eventId, UUID registrationId, Person organiser, String action) {
        events.managed(eventId, organiser);
        return switch (action) {
            case "approve" -> places.approve(eventId, registrationId);
            case "reject" -> places.reject(eventId, registrationId);
            default -> places.cancel(eventId, registrationId, true);
        };
    }

    void changePlaces(UUID eventId, Person organiser, PlacesCommand command) {
        Event event = events.managed(eventId, organiser);
        places.changePlaces(eventId, command.capacity() == null ? event.capacity() : command.capacity(), command.schoolCap(),
                command.schoolCaps() == null ? Map.of() : command.schoolCaps());
    }

    /** Marks an arrival by the code of the confirmation (QR) or by the registration picked from the list. */
    CheckIn checkIn(UUID eventId, Person organiser, CheckInCommand command) {
        Event event = events.managed(eventId, organiser);
        Instant now = zone.clock().instant();
        if (now.isBefore(event.startsAt().minus(Duration.ofDays(1)))) {
            throw new BusinessRuleException("Отметка прибытия открывается за сутки до начала мероприятия");
        }
        Optional<Registration> found = command.code() != null && !command.code().isBlank()
                ? queries.byCode(eventId, command.code().strip().toUpperCase(java.util.Locale.ROOT))
                : command.registrationId() != null ? queries.find(eventId, command.registrationId()) : Optional.empty();
        Registration r = found.orElseThrow(() -> BusinessRuleException.notFound("Участник с таким кодом на это мероприятие не найден"));
        if (r.status() != Status.REGISTERED) {
            throw new BusinessRuleException("«" + r.participantName() + "» не зарегистрирован(а): " + r.status().title().toLowerCase(
                    java.util.Locale.ROOT));
        }
        if (r.attendedAt() != null) {
            return new CheckIn(r, true);
        }
        return new CheckIn(places.checkIn(event, r), false);
    }

    record CheckIn(Registration registration, boolean already) {
    }

    /** The organiser's attendance sheet: everyone holding a place, in arrival order. */
    public Sheet attendanceSheet(UUID eventId, Person organiser) {
        Event event = events.managed(eventId, organiser);
        List<Registration> registered = queries.ofEvent(eventId).stream().filter(r -> r.status() == Status.REGISTERED).toList();
        return new Sheet(event, registered);
    }

    public record Sheet(Event event, List<Registration> registered) {
    }

    /**
     * The certificate of one attended registration: the caller's own (registrationId null), or one the
     * caller applied for (their staff, their team), or any for the organiser.
     */
    public Sheet certificate(UUID eventId, UUID registrationId, Person person) {
        Event event = events.visible(eventId, person);
        Registration r;
        if (registrationId == null) {
            List<String> own = ownKeys(person);
            r = queries.mine(person.subject(), own).stream()
                    .filter(x -> x.eventId().equals(eventId) && x.attendedAt() != null && own.contains(x.participantKey()))
                    .findFirst()
                    .orElseThrow(() -> BusinessRuleException.notFound("Сертификат выдаётся участникам, отмеченным на мероприятии"));
        } else {
            r = queries.find(eventId, registrationId)
                    .filter(x -> x.applicantSubject().equals(person.subject()) || event.managedBy(person))
                    .orElseThrow(() -> BusinessRuleException.notFound("Регистрация не найдена"));
            if (r.attendedAt() == null) {
                throw BusinessRuleException.notFound("Сертификат выдаётся участникам, отмеченным на мероприятии");
            }
        }
        return new Sheet(event, List.of(r));
    }

    /** Numbers of these events (a series' years, a year's catalogue). */
    @Transactional(readOnly = true)
    public Map<UUID, EventNumbers> numbers(Collection<UUID> eventIds) {
        return eventIds.isEmpty() ? Map.of() : queries.numbers(eventIds);
    }

    List<SchoolNumbers> bySchool(UUID eventId, Person organiser) {
        events.managed(eventId, organiser);
        return queries.bySchool(eventId);
    }

    /**
     * The organiser moved the event or changed its place: everyone holding or awaiting a place is told, in
     * the transaction of the change. Returns how many were told.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int tellChanged(Event event) {
        return places.tellChanged(event);
    }

    /** The organiser cancelled the event: every live application is cancelled and told, in that transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int cancelAll(Event event) {
        return places.cancelAll(event);
    }

    /** The day-before reminder for every event that starts tomorrow (in the municipality's zone). */
    public int remindAboutTomorrow() {
        LocalDate tomorrow = zone.today().plusDays(1);
        Instant from = tomorrow.atStartOfDay(zone.zone()).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(zone.zone()).toInstant();
        List<Event> starting = events.startingBetween(from, to);
        return starting.isEmpty() ? 0 : places.remind(starting);
    }

}
