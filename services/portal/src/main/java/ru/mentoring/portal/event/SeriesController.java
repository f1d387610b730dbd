package ru.mentoring.portal.event;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** «Мероприятие каждый год»: a series' participants year by year, its events, and planning the next year's. */
@Hidden
@Controller("/events/series")
@Secured(SecurityRule.IS_AUTHENTICATED)
class SeriesController {

    private final EventsClient events;
    private final FormFlow forms;
    private final Clock clock;

    SeriesController(EventsClient events, FormFlow forms, Clock clock) {
        this.events = events;
        this.forms = forms;
        this.clock = clock;
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<SeriesPage>> series(@PathVariable UUID id, Authentication authentication) {
        return Page.show(page(events.series(id), clock.instant(), PortalUser.of(authentication).isMethodist(),
                HistoryForm.empty(), FormErrors.none()));
    }

    /** A year from the old registration sheets; a year already entered is replaced. */
    @Post(uri = "/{id}/history", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> enterHistory(@PathVariable UUID id, @Body HistoryForm form, Session session) {
        return forms.submit(form, session, f -> events.enterHistory(id, f.toCommand()),
                s -> new Redirect("/events/series/" + id, "Участники " + form.year().strip() + " года записаны."),
                errors -> Page.show(page(events.series(id), clock.instant(), true, form, errors)));
    }

    @Post(uri = "/{id}/years/{year}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> planYear(@PathVariable UUID id, @PathVariable int year, Session session) {
        return forms.act(session, "/events/series/" + id, () -> events.addYear(id, year),
                e -> "Запланировано: «" + e.title() + "», " + EventLabels.when(e) + ". Регистрация откроется по правилам мероприятия.");
    }

    /**
     * A year whose event is still ahead counts applications so far: it is shown, but not compared with the
     * year before.
     */
    static SeriesPage page(Events.Series s, Instant now, boolean methodist, HistoryForm form, FormErrors errors) {
        Set<UUID> ahead = s.instances().stream().filter(e -> e.endsAt().isAfter(now)).map(Events.Event::id)
                .collect(Collectors.toSet());
        int best = s.dynamics().stream().mapToInt(Events.YearFigures::participants).max().orElse(0);
        List<Events.YearFigures> byYear = s.dynamics().stream().sorted(Comparator.comparingInt(Events.YearFigures::year)).toList();
        List<SeriesPage.Year> years = new ArrayList<>();
        Events.YearFigures before = null;
        for (Events.YearFigures y : byYear) {
            boolean upcoming = y.eventId() != null && ahead.contains(y.eventId());
            years.add(new SeriesPage.Year(y.year(), y.participants(), y.schools() == null ? "—" : Integer.toString(y.schools()),
                    y.entered() ? "по листам регистрации" : upcoming ? "заявки на сегодня, мероприятие впереди" : "на платформе",
                    y.eventId() == null ? null : "/events/" + y.eventId(),
                    best == 0 ? 0 : Math.round(100f * y.participants() / best), upcoming ? "—" : change(before, y)));
            before = y;
        }
        List<Events.Event> instances = s.instances().stream().sorted(Comparator.comparing(Events.Event::startsAt)).toList();
        List<SeriesPage.Instance> shown = instances.stream().map(e -> new SeriesPage.Instance("/events/" + e.id(), e.title(),
                EventLabels.when(e), EventLabels.places(e))).toList();
        boolean organiser = instances.stream().anyMatch(Events.Event::manageable);
        Integer next = organiser && !instances.isEmpty()
                ? instances.getLast().startsAt().atZone(Dates.zone()).getYear() + 1 : null;
        return new SeriesPage(s.id().toString(), s.title(), s.kindTitle(), s.rule(), years, shown, next, methodist, form, errors);
    }

    /** Against the year just before; a gap of years (no figures) has nothing to compare with. */
    private static String change(Events.YearFigures before, Events.YearFigures now) {
        if (before == null || before.year() != now.year() - 1) {
            return "—";
        }
        int delta = now.participants() - before.participants();
        return delta == 0 ? "без изменений" : delta > 0 ? "+" + delta : "−" + (-delta);
    }
}
