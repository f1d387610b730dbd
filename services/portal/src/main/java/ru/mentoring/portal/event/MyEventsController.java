package ru.mentoring.portal.event;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

import java.util.List;

/** «Мои заявки» with confirmations, promotions, decisions and reminders about them. */
@Hidden
@Controller("/events/mine")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MyEventsController {

    private final EventsClient events;
    private final FormFlow forms;

    MyEventsController(EventsClient events, FormFlow forms) {
        this.events = events;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MyEventsPage>> mine() {
        return Page.show(page(events.myRegistrations().list(), events.notices()));
    }

    @Post(uri = "/read", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> read(Session session) {
        return forms.act(session, "/events/mine", events::readNotices, done -> "Сообщения отмечены прочитанными.");
    }

    static MyEventsPage page(List<Events.Mine> mine, Events.NoticeList notices) {
        var rows = mine.stream().map(m -> new MyEventsPage.Row("/events/" + m.event().id(), m.event().title(),
                EventLabels.when(m.event()), m.registration().participantName(), m.registration().statusTitle()
                + (m.registration().attendedAt() != null ? ", участие отмечено" : ""),
                m.registration().attendedAt() != null && "SELF".equals(m.registration().mode())
                        ? "/events/" + m.event().id() + "/certificate" : null)).toList();
        var messages = (notices.items() == null ? List.<Events.Notice>of() : notices.items()).stream()
                .map(n -> new MyEventsPage.Message(n.kindTitle(), n.text(), Dates.moment(n.createdAt()),
                        n.eventId() == null ? null : "/events/" + n.eventId(), !n.read())).toList();
        return new MyEventsPage(rows, messages, notices.unread());
    }
}
