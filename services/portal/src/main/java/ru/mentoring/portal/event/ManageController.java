package ru.mentoring.portal.event;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import static ru.mentoring.portal.event.Files.handOn;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organiser's view: the list, decisions, the waiting list, places and caps, the attendance sheet. */
@Hidden
@Controller("/events/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ManageController {

    private final EventsClient events;
    private final Catalogues catalogues;
    private final FormFlow forms;

    ManageController(EventsClient events, Catalogues catalogues, FormFlow forms) {
        this.events = events;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(uri = "/manage", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ManagePage>> manage(@PathVariable UUID id) {
        return Page.show(page(id, null, FormErrors.none()));
    }

    @Post(uri = "/places", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> places(@PathVariable UUID id, @Body PlacesForm form, Session session) {
        return forms.submit(form, session, f -> events.changePlaces(id, change(f)),
                done -> new Redirect("/events/" + id + "/manage", "Места и лимиты сохранены; лист ожидания пересчитан."),
                errors -> Page.show(page(id, form, errors)));
    }

    @Post(uri = "/registrations/{registrationId}/{decision}", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(@PathVariable UUID id, @PathVariable UUID registrationId, @PathVariable String decision, Session session) {
        String action = switch (decision) {
            case "approve", "reject" -> decision;
            default -> "cancel";
        };
        return forms.act(session, "/events/" + id + "/manage", () -> events.decide(id, registrationId, action),
                r -> "«" + r.participantName() + "»: " + r.statusTitle().toLowerCase(java.util.Locale.ROOT) + ".");
    }

    @Get(uri = "/attendance-sheet", produces = "application/pdf")
    HttpResponse<byte[]> sheet(@PathVariable UUID id) {
        return handOn(events.attendanceSheet(id), "application/pdf", "attendance-sheet.pdf");
    }

    @Get(uri = "/certificates/{registrationId}", produces = "application/pdf")
    HttpResponse<byte[]> certificate(@PathVariable UUID id, @PathVariable UUID registrationId) {
        return handOn(events.certificate(id, registrationId), "application/pdf", "certificate.pdf");
    }

    private ManagePage page(UUID id, PlacesForm typed, FormErrors errors) {
        Events.Event event = events.event(id);
        return page(event, events.registrations(id).list(), events.places(id), typed, errors, catalogues.schools());
    }

    static ManagePage page(Events.Event e, List<Events.Registration> list, Events.Places places, PlacesForm typed,
                           FormErrors errors, Schools schools) {
        Map<String, Integer> caps = places.schoolCaps() == null ? Map.of() : places.schoolCaps();
        var schoolRows = (places.schools() == null ? List.<Events.SchoolNumbers>of() : places.schools()).stream()
                .map(s -> new ManagePage.SchoolRow(EventLabels.school(s.schoolId(), schools),
                        s.schoolId() == null ? "—" : caps.containsKey(s.schoolId()) ? caps.get(s.schoolId()).toString()
                                : places.schoolCap() == null ? "без лимита" : places.schoolCap().toString(),
                        s.registered(), s.waitlisted(), s.attended())).toList();
        var rows = list.stream().map(r -> new ManagePage.Row(r.id().toString(), r.participantName(), EventLabels.school(r.schoolId(), schools),
                detail(r), r.statusTitle(), Dates.moment(r.createdAt()), r.waitingPosition(), r.attendedAt() != null)).toList();
        PlacesForm form = typed != null ? typed : new PlacesForm(Integer.toString(places.capacity()),
                places.schoolCap() == null ? "" : places.schoolCap().toString(), capsText(caps));
        String summary = "Мест: " + places.capacity() + ", занято: " + places.taken() + ", свободно: " + places.free();
        return new ManagePage(e.id().toString(), e.title(), EventLabels.when(e), summary, schoolRows,
                pick(rows, list, "PENDING"), pick(rows, list, "REGISTERED"), pick(rows, list, "WAITLISTED"),
                rows.stream().filter(r -> list.stream().anyMatch(x -> x.id().toString().equals(r.id())
                        && ("CANCELLED".equals(x.status()) || "REJECTED".equals(x.status())))).toList(), form, errors);
    }

    private static List<ManagePage.Row> pick(List<ManagePage.Row> rows, List<Events.Registration> list, String status) {
        return rows.stream().filter(r -> list.stream().anyMatch(x -> x.id().toString().equals(r.id()) && status.equals(x.status())))
                .toList();
    }

    private static String detail(Events.Registration r) {
        if ("TEAM".equals(r.mode())) {
            return "команда, " + r.teamSize() + " чел., классы " + (r.teamGrades() == null ? "" : String.join(", ",
                    r.teamGrades().stream().map(String::valueOf).toList())) + "; подал(а) " + r.applicantName();
        }
        String answers = r.answers() == null || r.answers().isEmpty() ? "" : String.join("; ", r.answers().values());
        return ("STAFF".equals(r.mode()) ? "от школы, подал(а) " + r.applicantName() : "") + (answers.isEmpty() ? "" : " " + answers);
    }

    static String capsText(Map<String, Integer> caps) {
        return String.join(", ", caps.entrySet().stream().map(c -> c.getKey() + ": " + c.getValue()).toList());
    }

    /** «1: 3, 2: 5» → {1=3, 2=5}; what cannot be read is left for the service to refuse in Russian. */
    static Events.PlacesChange change(PlacesForm f) {
        Map<String, Integer> caps = new LinkedHashMap<>();
        if (f.schoolCaps() != null) {
            for (String part : f.schoolCaps().split("[,;]")) {
                String[] pair = part.split(":");
                if (pair.length == 2 && pair[1].strip().matches("\\d{1,6}")) {
                    caps.put(pair[0].strip(), Integer.parseInt(pair[1].strip()));
                }
            }
        }
        return new Events.PlacesChange(number(f.capacity()), number(f.schoolCap()), caps);
    }

    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }
}
