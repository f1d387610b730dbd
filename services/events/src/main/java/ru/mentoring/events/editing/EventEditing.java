package ru.mentoring.events.editing;

import jakarta.inject.Singleton;
import ru.mentoring.events.event.EditEventCommand;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventService;
import ru.mentoring.events.registration.RegistrationService;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tx.Transactions;

/**
 * An organiser changes or cancels an event after creating it. When its time, format, place or link changes, every
 * applicant holding or awaiting a place is told in the same transaction, in the portal and by e-mail: an
 * edit is never saved without them hearing of it, and a refused edit tells no one. Cancelling cancels every live
 * application and tells its applicant why, also in one transaction.
 */
@Singleton
class EventEditing {

    private final EventService events;
    private final RegistrationService registrations;
    private final Transactions tx;

    EventEditing(EventService events, RegistrationService registrations, Transactions tx) {
        this.events = events;
        this.registrations = registrations;
        this.tx = tx;
    }

    /** The event as changed and how many applicants were told. */
    Edited edit(java.util.UUID id, EditEventCommand command, Person organiser) {
        events.managed(id, organiser);
        // applicants from every school hear of it: their applications are theirs schools' rows
        return Tenancy.asSystem(() -> tx.write(() -> {
            EventService.Edit edit = events.edit(id, command);
            int told = edit.whenOrWhereChanged() ? registrations.tellChanged(edit.after()) : 0;
            return new Edited(edit.after(), told);
        }));
    }

    /** Cancels the event and every live application to it; returns the event and how many applicants were told. */
    Edited cancel(java.util.UUID id, String reason, Person organiser) {
        events.managed(id, organiser);
        return Tenancy.asSystem(() -> tx.write(() -> {
            Event cancelled = events.cancel(id, reason);
            return new Edited(cancelled, registrations.cancelAll(cancelled));
        }));
    }

    record Edited(Event event, int told) {
    }
}
