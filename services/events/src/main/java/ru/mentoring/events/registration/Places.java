package ru.mentoring.events.registration;

import jakarta.inject.Singleton;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventSeats;
import ru.mentoring.events.mentorbase.MentorCard;
import ru.mentoring.events.mentorbase.MentorCards;
import ru.mentoring.events.notice.NoticeKind;
import ru.mentoring.events.support.EventsZone;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tx.Transactions;
import ru.mentoring.support.web.BusinessRuleException;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every change of an event's places, each in one transaction that first locks the event row: new
 * applications (a whole batch, see {@link SeatDesk}), cancellations with promotion from the waiting
 * list, the organiser's decisions, new caps. These act on the event's whole list, whatever school
 * each row belongs to, so they run as the platform (system scope) once the request was authorised.
 */
@Singleton
class Places implements SeatDesk.Clerk {

    /** Events whose last batch left no free place (see {@link #likelyFull}). */
    private final Set<UUID> full = ConcurrentHashMap.newKeySet();

    private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();

    private final EventSeats seats;
    private final RegistrationRepository registrations;
    private final RegistrationQueries queries;
    private final MentorCards cards;
    private final Announcer announcer;
    private final Transactions tx;
    private final EventsZone zone;

    Places(EventSeats seats, RegistrationRepository registrations, RegistrationQueries queries, MentorCards cards,
           Announcer announcer, Transactions tx, EventsZone zone) {
        this.seats = seats;
        this.registrations = registrations;
        this.queries = queries;
        this.cards = cards;
        this.announcer = announcer;
        this.tx = tx;
        this.zone = zone;
    }

    /** Decides a batch; the applicants are answered only once it committed. */
    @Override
    public void decide(UUID eventId, List<SeatDesk.Ticket> batch) {
        Map<SeatDesk.Ticket, Object> outcomes = asPlatform(() -> decideInTransaction(eventId, batch));
        outcomes.forEach((ticket, outcome) -> {
            if (outcome instanceof Registration r) {
                ticket.result().complete(r);
            } else {
                ticket.result().completeExceptionally((RuntimeException) outcome);
            }
        });
    }

    private Map<SeatDesk.Ticket, Object> decideInTransaction(UUID eventId, List<SeatDesk.Ticket> batch) {
        Event event = seats.lock(eventId);
        Instant now = zone.clock().instant();
        List<Applicant> applicants = linkToMentorBase(batch.stream().map(SeatDesk.Ticket::applicant).toList());
        Set<String> keys = new LinkedHashSet<>();
        Set<String> schools = new LinkedHashSet<>();
        applicants.forEach(a -> {
            keys.add(a.participantKey());
            if (a.schoolId() != null) {
                schools.add(a.schoolId());
            }
        });
        Placement placement = new Placement(event, event.hasCaps() ? seats.placesTaken(eventId, schools) : Map.of(),
                queries.liveKeys(eventId, keys));
        int waiting = event.waiting();
        Map<SeatDesk.Ticket, Object> outcomes = new HashMap<>();
        List<Registration> rows = new ArrayList<>();
        List<Announcer.Change> changes = new ArrayList<>();
        Map<String, Integer> perSchool = new HashMap<>();
        int registered = 0;
        int waitlisted = 0;
        for (int i = 0; i < batch.size(); i++) {
            Applicant a = applicants.get(i);
            List<String> problems = Eligibility.problems(event, a, now, zone.zone());
            if (!problems.isEmpty()) {
                outcomes.put(batch.get(i), new BusinessRuleException(String.join("; ", problems)));
                continue;
            }
            Placement.Decision d = placement.decide(a);
            if (d.status() == null) {
                outcomes.put(batch.get(i), d.conflict() ? BusinessRuleException.conflict(d.refusal()) : new BusinessRuleException(d.refusal()));
                continue;
            }
            Registration r = newRegistration(eventId, a, d.status(), now);
            rows.add(r);
            outcomes.put(batch.get(i), r);
            if (d.status() == Status.REGISTERED) {
                registered++;
                if (a.schoolId() != null) {
                    perSchool.merge(a.schoolId(), 1, Integer::sum);
                }
            } else if (d.status() == Status.WAITLISTED) {
                waitlisted++;
            }
            NoticeKind tell = switch (d.status()) {
                case REGISTERED -> NoticeKind.CONFIRMED;
                case WAITLISTED -> NoticeKind.WAITLISTED;
                default -> NoticeKind.PENDING;
            };
            changes.add(new Announcer.Change(r, tell, d.status() == Status.WAITLISTED ? ++waiting : null, true,
                    a.ticket() == null ? null : a.ticket().qrPng(), true));
        }
        registrations.insertAll(rows);
        seats.take(eventId, registered, waitlisted, perSchool);
        announcer.announce(event, changes);
        if (event.freePlaces() - registered <= 0) {
            full.add(eventId);
        } else {
            full.remove(eventId);
        }
        return outcomes;
    }

    /**
     * Whether the event's last batch left it without a free place: its next applicants will most likely
     * wait, and a waiting applicant's confirmation has no check-in code, so theirs is not drawn ahead. Only
     * a hint — one who gets a place after all has the code drawn with the confirmation.
     */
    boolean likelyFull(UUID eventId) {
        return full.contains(eventId);
    }

    /** A signed-in mentor takes part as their card in the shared base, so a curator cannot register them twice. */
    private List<Applicant> linkToMentorBase(List<Applicant> applicants) {
        Set<String> accountKeys = new LinkedHashSet<>();
        applicants.stream().filter(a -> a.mode() == Mode.SELF && a.card() == null && a.accountKey() != null)
                .forEach(a -> accountKeys.add(a.accountKey()));
        if (accountKeys.isEmpty()) {
            return applicants;
        }
        Map<String, MentorCard> found = cards.byAccountKeys(accountKeys);
        return applicants.stream().map(a -> a.mode() == Mode.SELF && a.card() == null && a.accountKey() != null
                ? a.withCard(found.get(a.accountKey())) : a).toList();
    }

    private Registration newRegistration(UUID eventId, Applicant a, Status status, Instant now) {
        return new Registration(UUID.randomUUID(), 0, eventId, a.participantKey(), a.mode(), a.subject(), a.name(),
                a.email(), a.participantName(), a.card() == null ? null : a.card().id(), a.schoolId(),
                a.mode() == Mode.TEAM ? a.grades().size() : null, a.grades(), a.answers(), status,
                a.ticket() != null ? a.ticket().code() : code(), null, now);
    }

    String code() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE[random.nextInt(CODE.length)];
        }
        return new String(code);
    }

    /** Cancels a live application; a place it held goes to the waiting list at once. */
    Registration cancel(UUID eventId, UUID registrationId, boolean byOrganiser) {
        return asPlatform(() -> {
            Event event = seats.lock(eventId);
            Registration r = live(eventId, registrationId);
            if (!byOrganiser && !zone.clock().instant().isBefore(event.startsAt())) {
                throw new BusinessRuleException("Мероприятие уже началось: отменить регистрацию нельзя");
            }
            List<Announcer.Change> changes = new ArrayList<>();
            Registration cancelled = r.withStatus(Status.CANCELLED);
            registrations.setStatus(List.of(r.id()), Status.CANCELLED);
            changes.add(new Announcer.Change(cancelled, NoticeKind.CANCELLED, null));
            if (r.status() == Status.REGISTERED) {
                release(event, r);
                event = event.withTaken(event.taken() - 1);
            } else if (r.status() == Status.WAITLISTED) {
                seats.take(eventId, 0, -1, Map.of());
            }
            promote(event, changes);
            announcer.announce(event, changes);
            return cancelled;
        });
    }

    /** The organiser approves a pending application: a place if one is free within the school's cap, else the waiting list. */
    Registration approve(UUID eventId, UUID registrationId) {
        return asPlatform(() -> {
            Event event = seats.lock(eventId);
            Registration r = live(eventId, registrationId);
            if (r.status() != Status.PENDING) {
                throw BusinessRuleException.conflict("Заявка уже рассмотрена: " + r.status().title().toLowerCase(java.util.Locale.ROOT));
            }
            var placement = new Placement(event, schoolPlaces(event, List.of(r)), Set.of());
            boolean placed = placement.take(r.schoolId());
            Registration decided = r.withStatus(placed ? Status.REGISTERED : Status.WAITLISTED);
            registrations.setStatus(List.of(r.id()), decided.status());
            if (placed) {
                seats.take(eventId, 1, 0, r.schoolId() == null ? Map.of() : Map.of(r.schoolId(), 1));
            } else {
                seats.take(eventId, 0, 1, Map.of());
            }
            announcer.announce(event, List.of(new Announcer.Change(decided, placed ? NoticeKind.CONFIRMED : NoticeKind.WAITLISTED,
                    // an application approved late arrived before the later waiters, and waits ahead of them
                    placed ? null : queries.waitingAhead(eventId, r.seq()) + 1)));
            return decided;
        });
    }

    Registration reject(UUID eventId, UUID registrationId) {
        return asPlatform(() -> {
            Event event = seats.lock(eventId);
            Registration r = live(eventId, registrationId);
            if (r.status() != Status.PENDING) {
                throw BusinessRuleException.conflict("Отклонить можно только заявку на рассмотрении; эту можно отменить");
            }
            Registration rejected = r.withStatus(Status.REJECTED);
            registrations.setStatus(List.of(r.id()), Status.REJECTED);
            announcer.announce(event, List.of(new Announcer.Change(rejected, NoticeKind.REJECTED, null)));
            return rejected;
        });
    }

    /** New capacity and caps; more room promotes from the waiting list at once. */
    void changePlaces(UUID eventId, int capacity, Integer everySchool, Map<String, Integer> perSchool) {
        asPlatform(() -> {
            Event event = seats.lock(eventId);
            if (capacity < event.taken()) {
                throw new BusinessRuleException("Мест не может быть меньше, чем уже занято: " + event.taken());
            }
            seats.setCapacity(eventId, capacity);
            seats.setCaps(eventId, everySchool, perSchool);
            Event changed = seats.lock(eventId);
            List<Announcer.Change> changes = new ArrayList<>();
            promote(changed, changes);
            announcer.announce(changed, changes);
            return null;
        });
    }

    /** Fills free places from the waiting list in arrival order, within each school's cap. */
    private void promote(Event event, List<Announcer.Change> changes) {
        if (event.freePlaces() <= 0) {
            return;
        }
        List<Registration> waiting = queries.waiting(event.id());
        if (waiting.isEmpty()) {
            return;
        }
        List<Registration> promoted = new Placement(event, schoolPlaces(event, waiting), Set.of()).promotions(waiting);
        registrations.setStatus(promoted.stream().map(Registration::id).toList(), Status.REGISTERED);
        Map<String, Integer> perSchool = new HashMap<>();
        promoted.forEach(r -> {
            if (r.schoolId() != null) {
                perSchool.merge(r.schoolId(), 1, Integer::sum);
            }
            changes.add(new Announcer.Change(r.withStatus(Status.REGISTERED), NoticeKind.PROMOTED, null));
        });
        seats.take(event.id(), promoted.size(), -promoted.size(), perSchool);
    }

    private void release(Event event, Registration r) {
        seats.take(event.id(), -1, 0, r.schoolId() == null ? Map.of() : Map.of(r.schoolId(), -1));
    }

    private Map<String, Integer> schoolPlaces(Event event, List<Registration> of) {
        if (!event.hasCaps()) {
            return Map.of();
        }
        Set<String> schools = new LinkedHashSet<>();
        of.forEach(r -> {
            if (r.schoolId() != null) {
                schools.add(r.schoolId());
            }
        });
        return seats.placesTaken(event.id(), schools);
    }

    private Registration live(UUID eventId, UUID registrationId) {
        return queries.find(eventId, registrationId).filter(r -> r.status().live())
                .orElseThrow(() -> BusinessRuleException.notFound("Заявка не найдена или уже отменена"));
    }

    /** Marks an arrival; the change is published (attended) so indicators can count participants. */
    Registration checkIn(Event event, Registration r) {
        return asPlatform(() -> {
            Instant now = zone.clock().instant();
            registrations.markAttended(r.id(), now);
            Registration attended = r.attended(now);
            announcer.announce(event, List.of(new Announcer.Change(attended, null, null)));
            return attended;
        });
    }

    /** Reminds everyone registered for these events, once each. */
    int remind(List<Event> events) {
        return asPlatform(() -> {
            int told = 0;
            Instant now = zone.clock().instant();
            for (Event event : events) {
                List<Registration> due = queries.registeredOf(List.of(event.id()), true);
                registrations.markReminded(due.stream().map(Registration::id).toList(), now);
                announcer.announce(event, due.stream()
                        .map(r -> new Announcer.Change(r, NoticeKind.REMINDER, null, false)).toList());
                told += due.size();
            }
            return told;
        });
    }

    /**
     * The organiser cancelled the event: every live application is cancelled, its place given back, its
     * applicant told why and other services told through the outbox — in the caller's transaction.
     */
    int cancelAll(Event event) {
        List<Registration> live = queries.live(event.id());
        registrations.setStatus(live.stream().map(Registration::id).toList(), Status.CANCELLED);
        Map<String, Integer> perSchool = new HashMap<>();
        int held = 0;
        int waiting = 0;
        for (Registration r : live) {
            if (r.status() == Status.WAITLISTED) {
                waiting++;
            }
            if (r.status() == Status.REGISTERED) {
                held++;
                if (r.schoolId() != null) {
                    perSchool.merge(r.schoolId(), -1, Integer::sum);
                }
            }
        }
        seats.take(event.id(), -held, -waiting, perSchool);
        announcer.announce(event, live.stream()
                .map(r -> new Announcer.Change(r.withStatus(Status.CANCELLED), NoticeKind.EVENT_CANCELLED, null)).toList());
        full.remove(event.id());
        return live.size();
    }

    /** Everyone holding or awaiting a place hears the event's new time or place, in the caller's transaction. */
    int tellChanged(Event event) {
        List<Registration> live = queries.live(event.id());
        announcer.announce(event, live.stream().map(r -> new Announcer.Change(r, NoticeKind.CHANGED, null, false)).toList());
        return live.size();
    }

    private <T> T asPlatform(java.util.function.Supplier<T> work) {
        return Tenancy.asSystem(() -> tx.write(work));
    }

}
