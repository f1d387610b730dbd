package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Pages;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** «Справочник наставников»: the mentors the user's school may work with, as the school service answers. */
@Hidden
@Controller("/directory")
@Secured({Roles.CURATOR, Roles.METHODIST, Roles.MENTOR})
class DirectoryController {

    private final SchoolService school;
    private final MentorBank bank;

    DirectoryController(SchoolService school, MentorBank bank) {
        this.school = school;
        this.bank = bank;
    }

    /** Contacts come from the bank itself, which decides whether this school may see them. */
    @Get(uri = "/{id}/contacts", produces = MediaType.TEXT_HTML)
    @Secured({Roles.CURATOR, Roles.METHODIST})
    ModelAndView<Map<String, Object>> contacts(String id, Authentication user) {
        var contacts = bank.contacts(id, user);
        return Pages.page("mentor-contacts", "Контакты наставника", Map.of(
                "found", contacts.isPresent(), "contacts", contacts.orElse(new MentorBank.Contacts(id, "", null, null))));
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> directory(@Nullable @QueryValue String q, Authentication user,
                                                Optional<Session> session) {
        List<MentorRow> all = school.directory(user).stream().map(MentorRow::of).toList();
        List<MentorRow> shown = all.stream().filter(row -> row.matches(q)).toList();
        var page = Pages.page("directory", "Справочник наставников", Map.of(
                "rows", shown, "total", all.size(), "q", q == null ? "" : q));
        // «Наставник добавлен» from NewMentorController, «Запрос отправлен» from the request action
        page.getModel().ifPresent(model -> Notices.show(session, model));
        return page;
    }
}
