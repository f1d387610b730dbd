package ru.mentoring.portal.event;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/**
 * «Изменить мероприятие»: its organiser moves it, changes its place or link, its title or description; the
 * events service tells everyone who applied about a new time or place.
 */
@Hidden
@Controller("/events/{id}/edit")
// the admin organises as municipal staff do in the events service, so may change what they may manage
@Secured({Roles.METHODIST, Roles.CURATOR, Roles.ADMIN})
class EditEventController {

    private final EventsClient events;
    private final FormFlow forms;

    EditEventController(EventsClient events, FormFlow forms) {
        this.events = events;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<EditEventPage>> form(@PathVariable UUID id) {
        Events.Event event = managed(id);
        return Page.show(page(event, EditEventForm.of(event), FormErrors.none(), events.vocabulary()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(@PathVariable UUID id, @Body EditEventForm form, Session session) {
        Events.Event event = managed(id);
        return forms.submit(form, session, f -> events.edit(id, f.toEdit()), edited -> new Redirect("/events/" + id,
                        edited.told() == 0 ? "Изменения сохранены."
                                : "Изменения сохранены. Сообщение о новом времени или месте отправлено всем подавшим заявку: " + edited.told() + "."),
                errors -> Page.show(page(event, form, errors, events.vocabulary())));
    }

    /** The event, if the signed-in organiser runs it; its page is theirs alone. */
    private Events.Event managed(UUID id) {
        Events.Event event = events.event(id);
        if (!event.manageable()) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Это мероприятие ведёт другой организатор");
        }
        return event;
    }

    static EditEventPage page(Events.Event event, EditEventForm form, FormErrors errors, Events.Vocabulary vocabulary) {
        return new EditEventPage(event.id(), event.title(), form, errors, EventLabels.options(vocabulary.formats(), form.format()),
                event.taken());
    }
}
