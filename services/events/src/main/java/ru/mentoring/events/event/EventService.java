package ru.mentoring.events.event;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class EventService {

    private final EventRepository events;

    EventService(EventRepository events) {
        this.events = events;
    }

    /**
     * A methodist organises for the whole municipality; a curator only for their own school,
     * and the school comes from the token, never from the request.
     */
    @Transactional
    Event create(CreateEventCommand command, Caller caller) {
        String organiserSchool = caller.has(Roles.METHODIST) ? null : caller.requireSchool();
        Instant opensAt = command.opensAt() != null ? command.opensAt() : Instant.now();
        Instant closesAt = command.closesAt() != null ? command.closesAt() : command.startsAt();
        checkDates(command.startsAt(), command.endsAt(), opensAt, closesAt);
        return events.save(new Event(UUID.randomUUID(), command.title().strip(), command.type(), command.format(),
                blankToNull(command.venue()), command.startsAt(), command.endsAt(), command.capacity(), 0,
                opensAt, closesAt, organiserSchool, caller.subject(), null, null));
    }

    @Transactional(readOnly = true)
    Optional<Event> find(UUID id) {
        return events.findById(id);
    }

    @Transactional(readOnly = true)
    List<Event> all() {
        return events.findAllOrderByStartsAt();
    }

    /** All date rules at once, so the organiser fixes the form in one pass. */
    private static void checkDates(Instant startsAt, Instant endsAt, Instant opensAt, Instant closesAt) {
        List<String> problems = new ArrayList<>();
        if (!endsAt.isAfter(startsAt)) {
            problems.add("Мероприятие должно заканчиваться позже, чем начинается");
        }
        if (!closesAt.isAfter(opensAt)) {
            problems.add("Регистрация должна закрываться позже, чем открывается");
        }
        if (closesAt.isAfter(startsAt)) {
            problems.add("Регистрация должна закрываться не позже начала мероприятия");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
