package ru.mentoring.events.editing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import ru.mentoring.events.event.EditEventCommand;
import ru.mentoring.events.event.EventView;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tenancy.Roles;

import java.time.Clock;
import java.util.UUID;

/** The organiser changes or cancels an event; {@code told} says how many applicants heard of it. */
@Controller("/api/events/{id}")
@Secured({Roles.METHODIST, Roles.CURATOR, Roles.ADMIN})
class EventEditingController {

    private final EventEditing editing;
    private final Clock clock;

    EventEditingController(EventEditing editing, Clock clock) {
        this.editing = editing;
        this.clock = clock;
    }

    @Put
    EditedView edit(UUID id, @Valid @Body EditEventCommand command, Authentication authentication) {
        EventEditing.Edited edited = editing.edit(id, command, Person.of(authentication));
        return new EditedView(EventView.of(edited.event(), clock.instant(), true), edited.told());
    }

    /** Cancels the event: every live application is cancelled and its applicant told the reason. */
    @Post("/cancellation")
    EditedView cancel(UUID id, @Valid @Body CancelCommand command, Authentication authentication) {
        EventEditing.Edited cancelled = editing.cancel(id, command.reason(), Person.of(authentication));
        return new EditedView(EventView.of(cancelled.event(), clock.instant(), true), cancelled.told());
    }

    @Serdeable
    record CancelCommand(@Nullable @Size(max = 1000, message = "Причина не длиннее 1000 символов") String reason) {
    }

    @Serdeable
    record EditedView(EventView event, int told) {
    }
}
