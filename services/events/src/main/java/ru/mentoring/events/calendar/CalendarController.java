package ru.mentoring.events.calendar;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventService;
import ru.mentoring.events.registration.RegistrationService;
import ru.mentoring.events.registration.Status;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** iCal feeds: the public calendar, a network project's calendar, and each person's own registrations. */
@Controller
class CalendarController {

    private static final MediaType ICS = MediaType.of("text/calendar;charset=utf-8");

    private final EventService events;
    private final RegistrationService registrations;
    private final Clock clock;
    private final String portalUrl;

    CalendarController(EventService events, RegistrationService registrations, Clock clock,
                       @Value("${mentoring.portal-url:`http://localhost:8080`}") String portalUrl) {
        this.events = events;
        this.registrations = registrations;
        this.clock = clock;
        this.portalUrl = portalUrl;
    }

    /** Municipal events from a year back on, for anyone: subscribe without signing in. */
    @Get("/api/calendar.ics")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> municipal() {
        List<Event> list = events.municipal(clock.instant().minus(Duration.ofDays(365)));
        return ics(IcalFeed.write("Мероприятия ИМЦ", list, Set.of(), portalUrl));
    }

    @Get("/api/me/calendar.ics")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<String> mine(Authentication authentication) {
        Map<UUID, Event> own = new LinkedHashMap<>();
        Set<UUID> tentative = new HashSet<>();
        for (RegistrationService.Mine m : registrations.myRegistrations(Person.of(authentication))) {
            Status status = m.registration().status();
            if (status == Status.REGISTERED || status == Status.WAITLISTED || status == Status.PENDING) {
                own.putIfAbsent(m.event().id(), m.event());
                if (status != Status.REGISTERED && !tentative.contains(m.event().id())) {
                    tentative.add(m.event().id());
                } else if (status == Status.REGISTERED) {
                    tentative.remove(m.event().id());
                }
            }
        }
        List<Event> list = own.values().stream().sorted(java.util.Comparator.comparing(Event::startsAt)).toList();
        return ics(IcalFeed.write("Мои мероприятия", list, tentative, portalUrl));
    }

    /** A network project's calendar, for its member schools and the methodist. */
    @Get("/api/network-projects/{projectId}/calendar.ics")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<String> project(UUID projectId, Authentication authentication) {
        List<Event> list = events.ofNetworkProject(projectId, Person.of(authentication));
        if (list.isEmpty()) {
            throw BusinessRuleException.notFound("Календарь сетевого проекта не найден");
        }
        return ics(IcalFeed.write("Сетевой проект «" + list.getFirst().networkProjectName() + "»", list, Set.of(), portalUrl));
    }

    private static HttpResponse<String> ics(String body) {
        return HttpResponse.ok(body).contentType(ICS).header("Content-Disposition", "inline; filename=\"calendar.ics\"");
    }
}
