package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormFlow;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The check-in screen: by the confirmation's code (QR) or by a name picked from the list. */
@Hidden
@Controller("/events/{id}/check-in")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CheckInController {

    private final EventsClient events;
    private final Catalogues catalogues;
    private final FormFlow forms;

    CheckInController(EventsClient events, Catalogues catalogues, FormFlow forms) {
        this.events = events;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(uri = "{?q}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<CheckInPage>> screen(@PathVariable UUID id, @Nullable @QueryValue String q) {
        return Page.show(page(events.event(id), events.registrations(id).list(), q, catalogues.schools()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> checkIn(@PathVariable UUID id, @Body Arrival arrival, Session session) {
        return forms.act(arrival, session, "/events/" + id + "/check-in",
                a -> events.checkIn(id, new Events.CheckIn(blankToNull(a.code()), registration(a.registrationId()))),
                Events.CheckedIn::message);
    }

    static CheckInPage page(Events.Event e, List<Events.Registration> list, @Nullable String query, Schools schools) {
        String q = query == null ? "" : query.strip();
        var registered = list.stream().filter(r -> "REGISTERED".equals(r.status())).toList();
        var people = registered.stream()
                .filter(r -> q.isEmpty() || r.participantName().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .map(r -> new CheckInPage.Person(r.id().toString(), r.participantName(), EventLabels.school(r.schoolId(), schools),
                        r.attendedAt() != null)).toList();
        return new CheckInPage(e.id().toString(), e.title(), EventLabels.when(e), q,
                (int) registered.stream().filter(r -> r.attendedAt() != null).count(), registered.size(), people);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UUID registration(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What the screen sends: the code as read or typed, or the registration chosen from the list. */
    @Serdeable
    record Arrival(@Nullable @Size(max = 40, message = "Код не длиннее 40 символов") String code,
                   @Nullable @Size(max = 40, message = "Неверная ссылка на участника") String registrationId) {
    }
}
