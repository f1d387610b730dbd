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
 * An organiser changes an event after creating it. When its time, format, place or link changes, every
 * applicant holding or awaiting a place is told in the same transaction, in the portal and by e-mail: an
 * edit is never saved without them hearing of it, and a refused edit tells no one.
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

    record Edited(Event event, int told) {
    }
}
