package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.mentorbank.NetworkProjects;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.support.time.Today;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** «Мероприятия»: the calendar of what the user may see, a month at a time, as a grid or a list. */
@Hidden
@Controller("/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CalendarController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final EventsClient events;
    private final MentorBankClient bank;
    private final Catalogues catalogues;
    private final Today today;

    CalendarController(EventsClient events, MentorBankClient bank, Catalogues catalogues, Today today) {
        this.events = events;
        this.bank = bank;
        this.catalogues = catalogues;
        this.today = today;
    }

    @Get(uri = "{?month,view,kind,organiser,project,q}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<CalendarPage>> calendar(@Nullable @QueryValue String month, @Nullable @QueryValue String view,
                                             @Nullable @QueryValue String kind, @Nullable @QueryValue String organiser,
                                             @Nullable @QueryValue String project, @Nullable @QueryValue String q,
                                             Authentication authentication) {
        YearMonth shown = month(month, today.date());
        Events.Vocabulary vocabulary = events.vocabulary();
        PortalUser user = PortalUser.of(authentication);
        List<NetworkProjects.Project> projects = user.isMethodist() || user.isCurator() ? projects() : List.of();
        Filter filter = Filter.of(kind, organiser, q, vocabulary).withProject(project, projects);
        List<Events.Event> list;
        if (filter.active()) {
            list = events.search(today.date().atStartOfDay(Dates.zone()).toInstant(), filter.kind(), filter.organiser(),
                    filter.project(), filter.q()).list();
        } else {
            var from = shown.atDay(1).atStartOfDay(Dates.zone()).toInstant();
            var to = shown.plusMonths(1).atDay(1).atStartOfDay(Dates.zone()).toInstant();
            list = events.events(from, to).list();
        }
        Map<UUID, String> mine = events.myRegistrations().list().stream()
                .filter(m -> !"CANCELLED".equals(m.registration().status()) && !"REJECTED".equals(m.registration().status()))
                .collect(Collectors.toMap(m -> m.event().id(), m -> m.registration().statusTitle(), (a, b) -> a));
        return Page.show(page(shown, "list".equals(view), list, mine, catalogues.schools(), today.date(),
                user.isMethodist() || user.isCurator(), filter, vocabulary, projects));
    }

    /** The network projects the user may filter by: a curator gets their school's from the bank; none while it is down. */
    private List<NetworkProjects.Project> projects() {
        try {
            return bank.projects().list();
        } catch (BackendException.Unavailable | BackendException.Rejected notNow) {
            return List.of(); // the calendar is the events service's; without the bank it only lacks this choice
        }
    }

    /**
     * What the user searches by; a kind or an organiser this service does not know is no filter, so an
     * edited address shows the calendar rather than an error.
     */
    record Filter(@Nullable String kind, @Nullable String organiser, @Nullable String q, @Nullable UUID project) {

        static final List<Map.Entry<String, String>> ORGANISERS = List.of(Map.entry("MUNICIPALITY", "методическая служба"),
                Map.entry("SCHOOL", "школы"), Map.entry("NETWORK_PROJECT", "сетевые проекты"));

        static Filter of(@Nullable String kind, @Nullable String organiser, @Nullable String q, Events.Vocabulary vocabulary) {
            String k = kind != null && vocabulary.kinds().stream().anyMatch(t -> t.code().equals(kind)) ? kind : null;
            String o = ORGANISERS.stream().map(Map.Entry::getKey).filter(c -> c.equals(organiser)).findFirst().orElse(null);
            String words = Typed.text(q);
            if (words != null && words.length() > 200) {
                words = words.substring(0, 200);
            }
            return new Filter(k, o, words, null);
        }

        /** The same, narrowed to one of {@code projects}; an id that is not one of them is no filter. */
        Filter withProject(@Nullable String asked, List<NetworkProjects.Project> projects) {
            String wanted = asked == null ? "" : asked.strip();
            UUID id = projects.stream().map(NetworkProjects.Project::id).filter(p -> p.toString().equals(wanted))
                    .findFirst().orElse(null);
            return new Filter(kind, organiser, q, id);
        }

        static Filter none() {
            return new Filter(null, null, null, null);
        }

        boolean active() {
            return kind != null || organiser != null || q != null || project != null;
        }
    }

    static CalendarPage page(YearMonth shown, boolean asList, List<Events.Event> list, Map<UUID, String> mine,
                             Schools schools, LocalDate now, boolean canOrganise, Filter filter, Events.Vocabulary vocabulary,
                             List<NetworkProjects.Project> projects) {
        String title = MONTH.format(shown);
        title = title.substring(0, 1).toUpperCase(Locale.forLanguageTag("ru")) + title.substring(1);
        List<CalendarPage.Row> rows = list.stream().map(e -> new CalendarPage.Row("/events/" + e.id(), EventLabels.title(e), e.kindTitle(),
                EventLabels.when(e), EventLabels.where(e), EventLabels.organiser(e, schools), EventLabels.places(e),
                mine.getOrDefault(e.id(), ""))).toList();
        var search = new CalendarPage.Search(
                EventLabels.options(vocabulary.kinds(), filter.kind()),
                Option.of(Filter.ORGANISERS, Map.Entry::getKey, Map.Entry::getValue,
                        o -> o.getKey().equals(filter.organiser())),
                Option.of(projects, p -> p.id().toString(), NetworkProjects.Project::name, p -> p.id().equals(filter.project())),
                filter.q() == null ? "" : filter.q(), filter.active(),
                "Найдено мероприятий с " + EventLabels.day(now.atStartOfDay(Dates.zone()).toInstant()) + ": " + rows.size());
        return new CalendarPage(title, !asList && !filter.active(),
                "/events?month=" + shown.minusMonths(1) + (asList ? "&view=list" : ""),
                "/events?month=" + shown.plusMonths(1) + (asList ? "&view=list" : ""), "/events?month=" + shown + "&view=list",
                "/events?month=" + shown, weeks(shown, list, now), rows, canOrganise, search);
    }

    private static List<CalendarPage.Week> weeks(YearMonth shown, List<Events.Event> list, LocalDate now) {
        List<CalendarPage.Week> weeks = new ArrayList<>();
        LocalDate day = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (!day.isAfter(last)) {
            List<CalendarPage.Day> days = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                LocalDate d = day;
                var links = list.stream().filter(e -> {
                            LocalDate start = e.startsAt().atZone(Dates.zone()).toLocalDate();
                            LocalDate end = e.endsAt().atZone(Dates.zone()).toLocalDate();
                            return !d.isBefore(start) && !d.isAfter(end);
                        })
                        .map(e -> new CalendarPage.Link("/events/" + e.id(), EventLabels.title(e), TIME.format(e.startsAt().atZone(Dates.zone()))))
                        .toList();
                days.add(new CalendarPage.Day(Integer.toString(d.getDayOfMonth()), YearMonth.from(d).equals(shown), d.equals(now), links));
            }
            weeks.add(new CalendarPage.Week(days));
        }
        return weeks;
    }

    /** «2027-03» as asked, else this month; an unreadable value is this month too. */
    static YearMonth month(@Nullable String asked, LocalDate today) {
        if (asked != null) {
            try {
                return YearMonth.parse(asked.strip());
            } catch (DateTimeParseException e) {
                return YearMonth.from(today);
            }
        }
        return YearMonth.from(today);
    }
}
