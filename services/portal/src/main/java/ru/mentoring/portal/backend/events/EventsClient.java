package ru.mentoring.portal.backend.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import ru.mentoring.portal.backend.BackendService;
import ru.mentoring.portal.backend.OpenToEveryone;
import ru.mentoring.portal.backend.Items;

import java.time.Instant;
import java.util.UUID;

/** The events service: catalogue, applications, the organiser's lists, check-in, documents, competitions. */
@BackendService("Мероприятия")
@Client(id = "events", value = "${mentoring.services.events-url}")
public interface EventsClient {

    String PDF = "application/pdf";

    @Get("/api/events{?from,to}")
    Items<Events.Event> events(@Nullable Instant from, @Nullable Instant to);

    /**
     * Events from {@code from} on of a kind, an organiser (MUNICIPALITY, SCHOOL, NETWORK_PROJECT), a network
     * project and with the words; each filter left null is no filter.
     */
    @Get("/api/events{?from,kind,organiser,project,q}")
    Items<Events.Event> search(Instant from, @Nullable String kind, @Nullable String organiser, @Nullable UUID project,
                               @Nullable String q);

    @Get("/api/events/{id}")
    Events.Event event(UUID id);

    @Post("/api/events")
    Events.Event create(@Body Events.NewEvent event);

    /** The organiser cancels the event: every live application is cancelled and its applicant told why. */
    @Post("/api/events/{id}/cancellation")
    Events.Edited cancelEvent(UUID id, @Body Events.Cancel cancel);

    /** The organiser's changes; applicants hear of a new time or place. */
    @Put("/api/events/{id}")
    Events.Edited edit(UUID id, @Body Events.EventEdit edit);

    @Get("/api/event-vocabulary")
    Events.Vocabulary vocabulary();

    @Get("/api/event-series/{id}")
    Events.Series series(UUID id);

    /** A yearly event and its first year's instance. */
    @Post("/api/event-series")
    Events.Series createSeries(@Body Events.NewSeries series);

    @Post("/api/event-series/{id}/history")
    Events.Series enterHistory(UUID id, @Body Events.History history);

    /** The series' event of that year, dated by its rule. */
    @Post("/api/event-series/{id}/years/{year}")
    Events.Event addYear(UUID id, int year);

    @Post("/api/events/{id}/registrations")
    Events.Registration apply(UUID id, @Body Events.Application application);

    @Get("/api/events/{id}/registrations/me")
    Events.Registration mine(UUID id);

    @Get(value = "/api/events/{id}/registrations/me/qr.png", consumes = {MediaType.IMAGE_PNG, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> myQr(UUID id);

    @Delete("/api/events/{id}/registrations/me")
    void cancel(UUID id);

    @OpenToEveryone
    @Get(value = "/api/calendar.ics", consumes = {"text/calendar", MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> publicCalendar();

    @Get(value = "/api/me/calendar.ics", consumes = {"text/calendar", MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> myCalendar();

    /** A network project's events, for its member schools and the methodist. */
    @Get(value = "/api/network-projects/{projectId}/calendar.ics", consumes = {"text/calendar", MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> projectCalendar(UUID projectId);

    @Get("/api/me/registrations")
    Items<Events.Mine> myRegistrations();

    @Get("/api/me/notices")
    Events.NoticeList notices();

    @Post("/api/me/notices/read")
    Events.NoticeList readNotices();

    @Get("/api/events/{id}/registrations")
    Items<Events.Registration> registrations(UUID id);

    @Post("/api/events/{id}/registrations/{registrationId}/{decision}")
    Events.Registration decide(UUID id, UUID registrationId, String decision);

    @Get("/api/events/{id}/places")
    Events.Places places(UUID id);

    @Put("/api/events/{id}/places")
    Events.Places changePlaces(UUID id, @Body Events.PlacesChange change);

    @Post("/api/events/{id}/check-ins")
    Events.CheckedIn checkIn(UUID id, @Body Events.CheckIn checkIn);

    @Get(value = "/api/events/{id}/attendance-sheet", consumes = {PDF, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> attendanceSheet(UUID id);

    @Get(value = "/api/events/{id}/certificates/me", consumes = {PDF, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> myCertificate(UUID id);

    @Get(value = "/api/events/{id}/certificates/{registrationId}", consumes = {PDF, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> certificate(UUID id, UUID registrationId);

    // competitions

    @Get("/api/competitions")
    Items<Events.Competition> competitions();

    @Get("/api/competitions/{id}")
    Events.Competition competition(UUID id);

    @Get("/api/competitions/{id}/entries")
    Events.EntryList entries(UUID id);

    @Post("/api/competitions/{id}/entries")
    Events.Entry submit(UUID id, @Body Events.NewEntry entry);

    @Post("/api/competitions/{id}/entries/{entryId}/check")
    Events.Entry check(UUID id, UUID entryId, @Body Events.Check check);

    @Post("/api/competitions/{id}/experts")
    Items<Events.Juror> join(UUID id);

    @Post("/api/competitions/{id}/assignments")
    void assign(UUID id, @Body Events.Assignment assignment);

    @Get("/api/competitions/{id}/entries/{entryId}/scores/me")
    Events.OwnSheet mySheet(UUID id, UUID entryId);

    @Put("/api/competitions/{id}/entries/{entryId}/scores")
    Events.OwnSheet score(UUID id, UUID entryId, @Body Events.Sheet sheet);

    @Post("/api/competitions/{id}/advance")
    Events.Competition advance(UUID id, @Body Events.Advance advance);

    @Get("/api/competitions/{id}/results")
    Events.Results results(UUID id);

    @Post("/api/competitions/{id}/results")
    Events.Results publish(UUID id);

    @Get("/api/me/expert-tasks")
    Events.Tasks expertTasks();
}
