package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventService;
import ru.mentoring.events.event.SchoolPlaces;
import ru.mentoring.events.support.Person;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organiser's places: capacity, caps per school, and what each school holds and waits for. */
@Controller("/api/events/{eventId}/places")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PlacesController {

    private final RegistrationService service;
    private final EventService events;

    PlacesController(RegistrationService service, EventService events) {
        this.service = service;
        this.events = events;
    }

    @Get
    PlacesView get(UUID eventId, Authentication authentication) {
        Person person = Person.of(authentication);
        Event event = events.managed(eventId, person);
        return new PlacesView(event.capacity(), event.taken(), event.freePlaces(), event.waiting(), event.schoolCap(), event.schoolCaps(),
                events.places(eventId), service.bySchool(eventId, person));
    }

    @Put
    PlacesView change(UUID eventId, @Valid @Body PlacesCommand command, Authentication authentication) {
        service.changePlaces(eventId, Person.of(authentication), command);
        return get(eventId, authentication);
    }

    @Serdeable
    record PlacesView(int capacity, int taken, int free, int waiting, @Nullable Integer schoolCap, Map<String, Integer> schoolCaps,
                      List<SchoolPlaces> places, List<SchoolNumbers> schools) {
    }
}
