package ru.mentoring.events.registration;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventSeats;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.registration.RegistrationEvents;
import ru.mentoring.model.registration.RegistrationStatus;
import ru.mentoring.support.outbox.Outbox;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Every change to an event's list first locks the event row, so the seat count read here is the
 * one that commits: capacity holds however many people press the button at once. Each change and
 * its {@code registration.changed} event commit together.
 */
@Singleton
class RegistrationService {

    private final EventSeats seats;
    private final RegistrationRepository registrations;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    RegistrationService(EventSeats seats, RegistrationRepository registrations, Outbox outbox) {
        this.seats = seats;
        this.registrations = registrations;
        this.outbox = outbox;
    }

    @Transactional
    Registration register(UUID eventId, Caller caller) {
        Event event = seats.lock(eventId);
        Instant now = clock.instant();
        if (now.isBefore(event.registrationOpensAt())) {
            throw new BusinessRuleException("Регистрация на мероприятие ещё не открыта");
        }
        if (!event.registrationOpenAt(now)) {
            throw new BusinessRuleException("Регистрация на мероприятие уже закрыта");
        }
        if (registrations.findLive(eventId, caller.subject()).isPresent()) {
            throw BusinessRuleException.conflict("Вы уже зарегистрированы на это мероприятие");
        }
        boolean seatFree = event.freePlaces() > 0;
        var registration = registrations.save(new Registration(UUID.randomUUID(), eventId, caller.subject(),
                caller.username(), caller.schoolId().orElse(null),
                seatFree ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED, null, null));
        if (seatFree) {
            seats.change(eventId, 1);
        }
        announce(registration);
        return registration;
    }

    /** Cancelling a seat hands it to the first person on the waiting list in the same transaction. */
    @Transactional
    void cancel(UUID eventId, Caller caller) {
        Event event = seats.lock(eventId);
        if (!clock.instant().isBefore(event.startsAt())) {
            throw new BusinessRuleException("Мероприятие уже началось: отменить регистрацию нельзя");
        }
        var registration = registrations.findLive(eventId, caller.subject())
                .orElseThrow(() -> BusinessRuleException.notFound("Вы не зарегистрированы на это мероприятие"));
        announce(registrations.update(registration.withStatus(RegistrationStatus.CANCELLED)));
        if (registration.status() == RegistrationStatus.REGISTERED) {
            registrations.findFirstWaiting(eventId).ifPresentOrElse(
                    next -> announce(registrations.update(next.withStatus(RegistrationStatus.REGISTERED))),
                    () -> seats.change(eventId, -1));
        }
    }

    @Transactional(readOnly = true)
    Optional<Registration> mine(UUID eventId, Caller caller) {
        return registrations.findLive(eventId, caller.subject());
    }

    private void announce(Registration registration) {
        outbox.append("event", registration.eventId().toString(), RegistrationEvents.CHANGED,
                EventEnvelope.of(RegistrationEvents.CHANGED, registration.schoolId(), registration.toChange()));
    }
}
