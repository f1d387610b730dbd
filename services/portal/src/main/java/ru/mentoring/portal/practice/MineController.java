package ru.mentoring.portal.practice;

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
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.backend.practices.PracticesClient;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormFlow;

import java.util.List;

/** «Мои практики» with the notifications about them (ratings, comments, review decisions). */
@Hidden
@Controller("/practices/mine")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MineController {

    private final PracticesClient library;
    private final FormFlow forms;

    MineController(PracticesClient library, FormFlow forms) {
        this.library = library;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MinePage>> mine() {
        return Page.show(of(library.mine().list(), library.notifications()));
    }

    @Post(uri = "/read", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> read(Session session) {
        return forms.act(session, "/practices/mine", library::readNotifications, inbox -> "Уведомления прочитаны");
    }

    static MinePage of(List<Practices.Summary> practices, Practices.Inbox inbox) {
        var rows = practices.stream().map(p -> new MinePage.Row("/practices/" + p.id() + "?version=" + p.version(),
                p.title(), "версия " + p.version(), p.statusTitle(), Dates.moment(p.updatedAt()))).toList();
        var notices = (inbox.items() == null ? List.<Practices.Notice>of() : inbox.items()).stream()
                .map(n -> new MinePage.Notice(n.message(), Dates.moment(n.createdAt()),
                        n.practiceId() == null ? "/practices" : "/practices/" + n.practiceId(), n.readAt() == null))
                .toList();
        return new MinePage(rows, notices, inbox.unread());
    }
}
