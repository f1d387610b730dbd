package ru.mentoring.events.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The catalogue: organisers create events, everyone signed in lists and reads those they may see. */
@Controller("/api/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
class EventController {

    private final EventService service;
    private final Clock clock;

    EventController(EventService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Post
    @Secured({Roles.METHODIST, Roles.CURATOR, Roles.ADMIN})
    HttpResponse<EventView> create(@Valid @Body CreateEventCommand command, Authentication authentication) {
        Person person = Person.of(authentication);
        Event event = service.create(command, person, null);
        return HttpResponse.created(EventView.of(event, clock.instant(), true), URI.create("/api/events/" + event.id()));
    }

    @Get("/{id}")
    EventView find(UUID id, Authentication authentication) {
        Person person = Person.of(authentication);
        Event event = service.visible(id, person);
        return EventView.of(event, clock.instant(), event.managedBy(person));
    }

    /** Events the caller may see, earliest first; {@code from}/{@code to} bound a period (e.g. a month). */
    @Get("{?from,to,kind,organiser,project,q}")
    EventList list(@Nullable @QueryValue Instant from, @Nullable @QueryValue Instant to, @Nullable @QueryValue EventKind kind,
                   @Nullable @QueryValue Organiser organiser, @Nullable @QueryValue UUID project,
                   @Nullable @QueryValue String q, Authentication authentication) {
        Person person = Person.of(authentication);
        Instant now = clock.instant();
        var filter = new EventFilter(from, to, kind, organiser, project, q, 1000);
        return new EventList(service.visibleList(person, filter).stream()
                .map(e -> EventView.of(e, now, e.managedBy(person))).toList());
    }

    @Serdeable
    record EventList(List<EventView> items) {
    }
}
