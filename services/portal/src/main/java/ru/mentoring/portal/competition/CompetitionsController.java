package ru.mentoring.portal.competition;

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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.UUID;

/** «Конкурсы» and one competition: entries, the technical check, experts, stages, results. */
@Hidden
@Controller("/competitions")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CompetitionsController {

    private final EventsClient events;
    private final Catalogues catalogues;
    private final FormFlow forms;

    CompetitionsController(EventsClient events, Catalogues catalogues, FormFlow forms) {
        this.events = events;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<CompetitionsPage>> list() {
        return Page.show(CompetitionPages.list(events.competitions().list()));
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<CompetitionPage>> card(@PathVariable UUID id, Authentication authentication) {
        return Page.show(page(id, PortalUser.of(authentication), EntryForm.EMPTY, FormErrors.none()));
    }

    @Post(uri = "/{id}/entries", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> submit(@PathVariable UUID id, @Body EntryForm form, Session session, Authentication authentication) {
        PortalUser user = PortalUser.of(authentication);
        return forms.submit(form, session, f -> events.submit(id, new Events.NewEntry(f.title(), f.nomination(), f.summary(),
                        blank(f.materialsUrl()), blank(f.authorName()))),
                e -> new Redirect("/competitions/" + id, "Работа «" + e.title() + "» принята на конкурс."),
                errors -> Page.show(page(id, user, form, errors)));
    }

    @Post(uri = "/{id}/experts", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.EXPERT)
    HttpResponse<?> join(@PathVariable UUID id, Session session) {
        return forms.act(session, "/competitions/" + id, () -> events.join(id), jury -> "Вы в составе жюри конкурса.");
    }

    @Post(uri = "/{id}/entries/{entryId}/check", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> check(@PathVariable UUID id, @PathVariable UUID entryId, @Body CheckForm form, Session session) {
        return forms.act(form, session, "/competitions/" + id,
                f -> events.check(id, entryId, new Events.Check("true".equals(f.admitted()), blank(f.note()))),
                e -> "«" + e.title() + "»: " + e.statusTitle().toLowerCase(java.util.Locale.ROOT) + ".");
    }

    @Post(uri = "/{id}/entries/{entryId}/expert", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> assign(@PathVariable UUID id, @PathVariable UUID entryId, @Body AssignForm form, Session session) {
        return forms.act(form, session, "/competitions/" + id, f -> {
            events.assign(id, new Events.Assignment(entryId, f.expert()));
            return Boolean.TRUE;
        }, done -> "Работа назначена эксперту.");
    }

    @Post(uri = "/{id}/advance", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> advance(@PathVariable UUID id, @Nullable @Body AdvanceForm sent, Session session) {
        // before the correspondence stage the form is a button alone, and the browser sends no body
        AdvanceForm form = sent == null ? new AdvanceForm(null) : sent;
        return forms.act(form, session, "/competitions/" + id, f -> events.advance(id, new Events.Advance(top(f.top()))),
                c -> "Конкурс перешёл к этапу «" + c.stageTitle() + "».");
    }

    @Post(uri = "/{id}/results", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> publish(@PathVariable UUID id, Session session) {
        return forms.act(session, "/competitions/" + id, () -> events.publish(id),
                r -> "Итоги опубликованы; победителям присуждены места, их практики переданы в банк практик.");
    }

    private CompetitionPage page(UUID id, PortalUser user, EntryForm form, FormErrors errors) {
        Events.Competition c = events.competition(id);
        Events.EntryList entries = events.entries(id);
        List<Events.Task> tasks = user.has(Roles.EXPERT) ? events.expertTasks().items() : List.of();
        Events.Results results = null;
        try {
            results = events.results(id);
        } catch (BackendException.Rejected | BackendException.Forbidden notYetForThisUser) {
            // before publication only the methodist and the experts see the standings; everyone else sees the stages
            results = null;
        }
        return CompetitionPages.card(c, entries, tasks == null ? List.of() : tasks, results, user, form, errors, catalogues.schools());
    }

    private static Integer top(String text) {
        return text == null || !text.strip().matches("\\d{1,4}") ? null : Integer.valueOf(text.strip());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Serdeable
    record CheckForm(@Nullable String admitted, @Nullable @Size(max = 1000, message = "Пояснение не длиннее 1000 символов") String note) {
    }

    @Serdeable
    record AssignForm(@jakarta.validation.constraints.NotBlank(message = "Выберите эксперта") String expert) {
    }

    @Serdeable
    record AdvanceForm(@Nullable @Size(max = 4, message = "Число работ — не больше четырёх цифр") String top) {
    }
}
