package ru.mentoring.events.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Controller("/api/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
class EventController {

    private final EventService service;

    EventController(EventService service) {
        this.service = service;
    }

    @Post
    @Secured({Roles.METHODIST, Roles.CURATOR})
    HttpResponse<EventResponse> create(@Valid @Body CreateEventCommand command, Authentication authentication) {
        Event event = service.create(command, Caller.of(authentication));
        return HttpResponse.created(EventResponse.of(event), URI.create("/api/events/" + event.id()));
    }

    @Get("/{id}")
    EventResponse find(UUID id) {
        return service.find(id).map(EventResponse::of)
                .orElseThrow(() -> BusinessRuleException.notFound("Мероприятие не найдено"));
    }

    @Get
    EventList list() {
        return new EventList(service.all().stream().map(EventResponse::of).toList());
    }

    /** An empty result still carries {@code items}: serde would otherwise leave the empty list out. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EventList(List<EventResponse> items) {
    }

    @Serdeable
    record EventResponse(UUID id, String title, EventKind type, String typeTitle, EventFormat format,
                         String formatTitle, @Nullable String venue, Instant startsAt, Instant endsAt,
                         int capacity, int registered, int freePlaces, Instant opensAt, Instant closesAt,
                         boolean municipal, @Nullable String organiserSchoolId, @Nullable Instant createdAt) {
        static EventResponse of(Event e) {
            return new EventResponse(e.id(), e.title(), e.type(), e.type().title(), e.format(), e.format().title(),
                    e.venue(), e.startsAt(), e.endsAt(), e.capacity(), e.registered(), e.freePlaces(),
                    e.registrationOpensAt(), e.registrationClosesAt(), e.organiserSchoolId() == null,
                    e.organiserSchoolId(), e.createdAt());
        }
    }
}
