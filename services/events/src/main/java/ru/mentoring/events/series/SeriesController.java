package ru.mentoring.events.series;

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
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventView;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Yearly recurring events: the rule, each year's instance, and the dynamics year over year. */
@Controller("/api/event-series")
@Secured(SecurityRule.IS_AUTHENTICATED)
class SeriesController {

    private final SeriesService service;
    private final Clock clock;

    SeriesController(SeriesService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Post
    @Secured({Roles.METHODIST, Roles.CURATOR, Roles.ADMIN})
    HttpResponse<SeriesView> create(@Valid @Body SeriesCommand command, Authentication authentication) {
        Series s = service.create(command, Person.of(authentication));
        return HttpResponse.created(view(s, Person.of(authentication)), URI.create("/api/event-series/" + s.id()));
    }

    @Get
    SeriesList list(Authentication authentication) {
        Person person = Person.of(authentication);
        return new SeriesList(service.all().stream().map(s -> view(s, person)).toList());
    }

    @Get("/{id}")
    SeriesView find(UUID id, Authentication authentication) {
        return view(service.find(id), Person.of(authentication));
    }

    /** The instance of another year, dated by the rule. */
    @Post("/{id}/years/{year}")
    @Secured({Roles.METHODIST, Roles.CURATOR, Roles.ADMIN})
    HttpResponse<EventView> addYear(UUID id, int year, Authentication authentication) {
        Event e = service.addYear(id, year, Person.of(authentication));
        return HttpResponse.created(EventView.of(e, clock.instant(), true), URI.create("/api/events/" + e.id()));
    }

    @Post("/{id}/history")
    @Secured({Roles.METHODIST, Roles.ADMIN})
    SeriesView enterHistory(UUID id, @Valid @Body HistoryCommand command, Authentication authentication) {
        service.enterHistory(id, command);
        return find(id, authentication);
    }

    private SeriesView view(Series s, Person person) {
        var now = clock.instant();
        List<EventView> instances = service.instances(s.id()).stream().filter(e -> e.visibleTo(person))
                .map(e -> EventView.of(e, now, e.managedBy(person))).toList();
        return new SeriesView(s.id(), s.title(), s.recurrence(), s.recurrence().inWords(), s.template().kind().title(),
                instances, service.dynamics(s.id()));
    }

    @Serdeable
    record SeriesView(UUID id, String title, Recurrence recurrence, String rule, String kindTitle, List<EventView> instances,
                      List<YearFigures> dynamics) {
    }

    @Serdeable
    record SeriesList(List<SeriesView> items) {
    }
}
