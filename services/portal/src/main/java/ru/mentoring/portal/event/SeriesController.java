package ru.mentoring.portal.event;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormFlow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** «Мероприятие каждый год»: a series' participants year by year, its events, and planning the next year's. */
@Hidden
@Controller("/events/series")
@Secured(SecurityRule.IS_AUTHENTICATED)
class SeriesController {

    private final EventsClient events;
    private final FormFlow forms;

    SeriesController(EventsClient events, FormFlow forms) {
        this.events = events;
        this.forms = forms;
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<SeriesPage>> series(@PathVariable UUID id) {
        return Page.show(page(events.series(id)));
    }

    @Post(uri = "/{id}/years/{year}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> planYear(@PathVariable UUID id, @PathVariable int year, Session session) {
        return forms.act(session, "/events/series/" + id, () -> events.addYear(id, year),
                e -> "Запланировано: «" + e.title() + "», " + EventLabels.when(e) + ". Регистрация откроется по правилам мероприятия.");
    }

    static SeriesPage page(Events.Series s) {
        int best = s.dynamics().stream().mapToInt(Events.YearFigures::participants).max().orElse(0);
        List<Events.YearFigures> byYear = s.dynamics().stream().sorted(Comparator.comparingInt(Events.YearFigures::year)).toList();
        List<SeriesPage.Year> years = new ArrayList<>();
        Events.YearFigures before = null;
        for (Events.YearFigures y : byYear) {
            years.add(new SeriesPage.Year(y.year(), y.participants(), y.schools() == null ? "—" : Integer.toString(y.schools()),
                    y.entered() ? "по листам регистрации" : "на платформе",
                    y.eventId() == null ? null : "/events/" + y.eventId(),
                    best == 0 ? 0 : Math.round(100f * y.participants() / best), change(before, y)));
            before = y;
        }
        List<Events.Event> instances = s.instances().stream().sorted(Comparator.comparing(Events.Event::startsAt)).toList();
        List<SeriesPage.Instance> shown = instances.stream().map(e -> new SeriesPage.Instance("/events/" + e.id(), e.title(),
                EventLabels.when(e), EventLabels.places(e))).toList();
        boolean organiser = instances.stream().anyMatch(Events.Event::manageable);
        Integer next = organiser && !instances.isEmpty()
                ? instances.getLast().startsAt().atZone(Dates.zone()).getYear() + 1 : null;
        return new SeriesPage(s.id().toString(), s.title(), s.kindTitle(), s.rule(), years, shown, next);
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
