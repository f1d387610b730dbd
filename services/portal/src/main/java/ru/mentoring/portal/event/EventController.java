package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
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
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.backend.school.DirectoryEntry;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.catalogue.Catalogues;
import static ru.mentoring.portal.event.Files.handOn;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The event's card: details, the user's own application, the application form, cancel, QR code, certificate, feeds. */
@Hidden
@Controller("/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
class EventController {

    private final EventsClient events;
    private final SchoolClient school;
    private final Catalogues catalogues;
    private final FormFlow forms;
    private final Clock clock;

    EventController(EventsClient events, SchoolClient school, Catalogues catalogues, FormFlow forms, Clock clock) {
        this.events = events;
        this.school = school;
        this.catalogues = catalogues;
        this.forms = forms;
        this.clock = clock;
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<EventPage>> card(@PathVariable UUID id, Authentication authentication) {
        return Page.show(page(id, PortalUser.of(authentication), ApplyForm.EMPTY, FormErrors.none()));
    }

    @Post(uri = "/{id}/apply", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> apply(@PathVariable UUID id, @Nullable @Body Map<String, String> body, Session session,
                          Authentication authentication) {
        // applying for oneself to an event without questions is a button alone: the browser sends no body
        ApplyForm form = ApplyForm.of(body == null ? Map.of() : body);
        PortalUser user = PortalUser.of(authentication);
        return forms.submit(form, session, f -> events.apply(id, Applications.of(f)),
                r -> new Redirect("/events/" + id, switch (r.status()) {
                    case "REGISTERED" -> "Заявка принята: «" + r.participantName() + "» зарегистрирован(а). Подтверждение отправлено на почту.";
                    case "WAITLISTED" -> "Мест сейчас нет: заявка в листе ожидания. Когда место освободится, регистрация произойдёт автоматически.";
                    default -> "Заявка принята и ждёт решения организатора.";
                }),
                errors -> Page.show(page(id, user, form, errors)));
    }

    @Post(uri = "/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> cancel(@PathVariable UUID id, Session session) {
        return forms.act(session, "/events/" + id, () -> {
            events.cancel(id);
            return Boolean.TRUE;
        }, done -> "Регистрация отменена.");
    }

    @Get(uri = "/{id}/qr.png", produces = MediaType.IMAGE_PNG)
    HttpResponse<byte[]> qr(@PathVariable UUID id) {
        return handOn(events.myQr(id), MediaType.IMAGE_PNG, "qr.png");
    }

    @Get(uri = "/{id}/certificate", produces = "application/pdf")
    HttpResponse<byte[]> certificate(@PathVariable UUID id) {
        return handOn(events.myCertificate(id), "application/pdf", "certificate.pdf");
    }

    /** The organiser cancels the event: every applicant is told the reason, the card says it is cancelled. */
    @Post(uri = "/{id}/cancellation", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({Roles.METHODIST, Roles.CURATOR, Roles.ADMIN})
    HttpResponse<?> cancelEvent(@PathVariable UUID id, @Body CancelEventForm form, Session session) {
        return forms.act(form, session, "/events/" + id, f -> events.cancelEvent(id, new Events.Cancel(f.reason().strip())),
                done -> "Мероприятие отменено. Сообщение с причиной отправлено всем подавшим заявку: " + done.told() + ".");
    }

    /**
     * The public calendar, open to a calendar application that subscribes without signing in. It lives one
     * level down: at {@code /events/calendar.ics} a browser, which prefers HTML, was routed to the event card.
     */
    @Get(uri = "/public/calendar.ics", produces = "text/calendar")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<byte[]> publicFeed() {
        return handOn(events.publicCalendar(), "text/calendar;charset=utf-8", "calendar.ics");
    }

    @Get(uri = "/mine/calendar.ics", produces = "text/calendar")
    HttpResponse<byte[]> myFeed() {
        return handOn(events.myCalendar(), "text/calendar;charset=utf-8", "my-calendar.ics");
    }

    /** A network project's calendar, linked from the project's page. */
    @Get(uri = "/projects/{projectId}/calendar.ics", produces = "text/calendar")
    HttpResponse<byte[]> projectFeed(@PathVariable UUID projectId) {
        return handOn(events.projectCalendar(projectId), "text/calendar;charset=utf-8", "project-calendar.ics");
    }

    private EventPage page(UUID id, PortalUser user, ApplyForm form, FormErrors errors) {
        Events.Event event = events.event(id);
        Events.Registration mine = null;
        try {
            mine = events.mine(id);
        } catch (BackendException.Rejected notApplied) {
            // no live application of this user: the card offers the form
        }
        List<DirectoryEntry> staff = List.of();
        if (user.isCurator() && !event.teams() && user.schoolId().isPresent()) {
            try {
                staff = school.directory(null).list().stream()
                        .filter(m -> user.schoolId().get().equals(m.homeSchoolId())).toList();
            } catch (BackendException.Unavailable schoolDown) {
                staff = List.of();
            }
        }
        return EventPages.card(event, mine, staff, form, errors, catalogues.schools(), clock.instant());
    }
}
