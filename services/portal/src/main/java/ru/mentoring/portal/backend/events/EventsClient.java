package ru.mentoring.portal.backend.events;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import ru.mentoring.portal.backend.BackendService;
import ru.mentoring.portal.backend.Items;

import java.util.UUID;

/** The events service: the calendar and registrations; everyone signed in registers only themself. */
@BackendService("Мероприятия")
@Client(id = "events", value = "${mentoring.services.events-url}")
public interface EventsClient {

    @Get("/api/events")
    Items<Events.Event> events();

    @Get("/api/events/{id}")
    Events.Event event(UUID id);

    /** Methodists and curators only: the service checks it. */
    @Post("/api/events")
    Events.Event create(@Body Events.NewEvent event);

    /** A full event puts the user on the waiting list rather than refusing. */
    @Post("/api/events/{id}/registrations")
    Events.Registration register(UUID id);

    @Delete("/api/events/{id}/registrations/me")
    void cancelRegistration(UUID id);
}
