package ru.mentoring.portal.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.BackendException;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Pages;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * «Запросы наставников»: a curator asks for a mentor from the directory and follows the answer; the
 * methodist, or the mentor asked for, accepts or declines with a reason.
 */
@Hidden
@Controller("/requests")
@Secured({Roles.CURATOR, Roles.METHODIST, Roles.MENTOR})
class RequestsController {

    private final MentorRequests requests;
    private final MentorNames mentors;
    private final Catalogues catalogues;

    RequestsController(MentorRequests requests, MentorNames mentors, Catalogues catalogues) {
        this.requests = requests;
        this.mentors = mentors;
        this.catalogues = catalogues;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Authentication user, Optional<Session> session) {
        PortalUser portalUser = PortalUser.of(user);
        // a curator only asks; the methodist and the mentor asked for decide (the bank checks it again)
        boolean mayDecide = portalUser.isMethodist() || portalUser.isMentor();
        Map<String, String> names = mentors.namesFor(user);
        Catalogues.Schools schools = catalogues.schools(user);
        List<RequestRow> rows = requests.visible(user).stream()
                .map(r -> RequestRow.of(r, names, schools, mayDecide)).toList();
        var page = Pages.page("requests", "Запросы наставников", Map.of("rows", rows,
                "pending", rows.stream().filter(r -> "ожидает решения".equals(r.status())).count()));
        page.getModel().ifPresent(model -> Notices.show(session, model));
        return page;
    }

    /** From the directory's «Запросить»: back to the directory with the outcome. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.CURATOR)
    HttpResponse<?> ask(@Body AskForm form, Authentication user, Session session) {
        if (form.mentorId() == null || form.mentorId().isBlank()) {
            Notices.failure(session, "Не выбран наставник.");
        } else if (form.need() == null || form.need().isBlank()) {
            Notices.failure(session, "Опишите, для какой задачи нужен наставник.");
        } else {
            try {
                requests.ask(form.mentorId(), form.need().strip(), user);
                Notices.success(session, "Запрос отправлен" + named(form) + ". Ответ появится в разделе «Запросы наставников».");
            } catch (BackendException.Rejected rejected) {
                // 409 «нет свободных мест» and 422 problems: said on the directory, not on an error page
                Notices.failure(session, Notices.text(rejected, "Банк наставников не принял запрос."));
            }
        }
        return HttpResponse.seeOther(URI.create("/directory"));
    }

    @Post(uri = "/{id}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.METHODIST, Roles.MENTOR})
    HttpResponse<?> accept(String id, Authentication user, Session session) {
        try {
            requests.accept(id, user);
            Notices.success(session, "Запрос принят: наставник закреплён за школой.");
        } catch (BackendException.Rejected rejected) {
            Notices.failure(session, Notices.text(rejected, "Не удалось принять запрос."));
        }
        return HttpResponse.seeOther(URI.create("/requests"));
    }

    @Post(uri = "/{id}/decline", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.METHODIST, Roles.MENTOR})
    HttpResponse<?> decline(String id, @Body DeclineForm form, Authentication user, Session session) {
        if (form.reason() == null || form.reason().isBlank()) {
            Notices.failure(session, "Укажите причину отказа: школа увидит её в своём запросе.");
            return HttpResponse.seeOther(URI.create("/requests"));
        }
        try {
            requests.decline(id, form.reason().strip(), user);
            Notices.success(session, "Запрос отклонён, школа увидит причину.");
        } catch (BackendException.Rejected rejected) {
            Notices.failure(session, Notices.text(rejected, "Не удалось отклонить запрос."));
        }
        return HttpResponse.seeOther(URI.create("/requests"));
    }

    private static String named(AskForm form) {
        return form.mentorName() == null || form.mentorName().isBlank() ? "" : ": " + form.mentorName().strip();
    }

    @Serdeable
    record AskForm(@Nullable String mentorId, @Nullable String mentorName, @Nullable String need) {
    }

    @Serdeable
    record DeclineForm(@Nullable String reason) {
    }
}
