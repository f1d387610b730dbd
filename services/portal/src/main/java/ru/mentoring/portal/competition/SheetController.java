package ru.mentoring.portal.competition;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The expert's scoring sheet: points for each criterion of the current stage, and a comment. */
@Hidden
@Controller("/competitions/{id}/entries/{entryId}/sheet")
@Secured(Roles.EXPERT)
class SheetController {

    private final EventsClient events;
    private final FormFlow forms;

    SheetController(EventsClient events, FormFlow forms) {
        this.events = events;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<SheetPage>> sheet(@PathVariable UUID id, @PathVariable UUID entryId) {
        Events.OwnSheet own = events.mySheet(id, entryId);
        Map<String, String> typed = new LinkedHashMap<>();
        if (own.scores() != null) {
            own.scores().forEach(s -> typed.put(s.criterionId().toString(), Integer.toString(s.points())));
        }
        return Page.show(page(id, entryId, new SheetForm(typed, own.comment() == null ? "" : own.comment()), FormErrors.none()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> score(@PathVariable UUID id, @PathVariable UUID entryId, @Body Map<String, String> body, Session session,
                          Authentication authentication) {
        SheetForm form = SheetForm.of(body);
        return forms.submit(form, session, f -> events.score(id, entryId, f.toSheet()),
                done -> new Redirect("/competitions/" + id, "Оценка сохранена."),
                errors -> Page.show(page(id, entryId, form, errors)));
    }

    private SheetPage page(UUID id, UUID entryId, SheetForm form, FormErrors errors) {
        Events.Competition c = events.competition(id);
        Events.Entry entry = (events.entries(id).items() == null ? List.<Events.Entry>of() : events.entries(id).items()).stream()
                .filter(e -> e.id().equals(entryId)).findFirst()
                .orElseThrow(() -> new BackendException.Rejected("Мероприятия", 404, new ru.mentoring.portal.backend.BackendProblem(
                        "Работа не найдена", "Эта работа не назначена вам на экспертизу", null)));
        return sheet(c, entry, form, errors);
    }

    static SheetPage sheet(Events.Competition c, Events.Entry entry, SheetForm form, FormErrors errors) {
        List<SheetPage.Line> lines = new ArrayList<>();
        c.criteria().stream().filter(k -> k.stage().equals(c.stage())).forEach(k -> lines.add(new SheetPage.Line(
                "c_" + k.id(), k.title(), k.maxScore(), form.points().getOrDefault(k.id().toString(), ""))));
        return new SheetPage(c.id().toString(), c.event().title(), entry.id().toString(), entry.title(), entry.nomination(),
                entry.summary(), entry.materialsUrl(), c.stageTitle(), lines, form.comment(), errors);
    }

    /** Points as typed, by criterion id (fields {@code c_<id>}), and the comment. */
    @Serdeable
    record SheetForm(Map<String, String> points,
                     @Size(max = 3000, message = "Комментарий не длиннее 3000 символов") String comment)
            implements ru.mentoring.portal.web.form.CheckedForm {

        /** Every criterion needs a whole number of points; which criterion is wrong, the field says. */
        @Override
        public List<ru.mentoring.portal.web.form.FormErrors.FieldError> check() {
            List<ru.mentoring.portal.web.form.FormErrors.FieldError> errors = new ArrayList<>();
            points.forEach((criterion, typed) -> {
                if (!typed.matches("\\d{1,3}")) {
                    errors.add(new ru.mentoring.portal.web.form.FormErrors.FieldError(null,
                            "Поставьте балл целым числом по каждому критерию"));
                }
            });
            return errors.stream().distinct().limit(1).toList();
        }

        static SheetForm of(Map<String, String> body) {
            Map<String, String> points = new LinkedHashMap<>();
            body.forEach((k, v) -> {
                if (k.startsWith("c_") && k.substring(2).matches("[0-9a-fA-F-]{36}")) {
                    points.put(k.substring(2), v == null ? "" : v.strip());
                }
            });
            return new SheetForm(points, body.getOrDefault("comment", ""));
        }

        Events.Sheet toSheet() {
            List<Events.Points> scores = new ArrayList<>();
            points.forEach((criterion, typed) -> scores.add(new Events.Points(UUID.fromString(criterion), Integer.valueOf(typed))));
            return new Events.Sheet(scores, comment == null || comment.isBlank() ? null : comment.strip());
        }
    }
}
