package ru.mentoring.portal.request;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.mentorbank.MentorRequests;
import ru.mentoring.portal.backend.mentorbank.Reason;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * «Запросы наставников»: a curator asks for a mentor from the directory and follows the answer; the
 * methodist, or the mentor asked for, accepts or declines with a reason.
 */
@Hidden
@Controller("/requests")
@Secured({Roles.CURATOR, Roles.METHODIST, Roles.MENTOR})
class RequestsController {

    private final MentorBankClient bank;
    private final MentorNames mentors;
    private final Catalogues catalogues;
    private final FormFlow forms;

    RequestsController(MentorBankClient bank, MentorNames mentors, Catalogues catalogues, FormFlow forms) {
        this.bank = bank;
        this.mentors = mentors;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<RequestsPage>> list(Authentication user) {
        PortalUser portalUser = PortalUser.of(user);
        // a curator only asks; the methodist and the mentor asked for decide (the bank checks it again)
        boolean mayDecide = portalUser.isMethodist() || portalUser.isMentor();
        Map<UUID, String> names = MentorNames.byId(mentors.visibleTo(user));
        Schools schools = catalogues.schools();
        List<RequestRow> rows = bank.requests().list().stream()
                .map(r -> RequestRow.of(r, names, schools, mayDecide)).toList();
        return Page.show(new RequestsPage(rows, rows.stream().filter(RequestRow::isPending).count()));
    }

    /** From the directory's «Запросить»: back to the directory with the outcome, «нет свободных мест» too. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.CURATOR)
    HttpResponse<?> ask(@Body RequestForms.Ask form, Session session) {
        return forms.act(form, session, "/directory",
                f -> bank.ask(new MentorRequests.Ask(f.mentorId().strip(), f.need().strip())),
                request -> "Запрос отправлен" + form.named()
                        + ". Ответ появится в разделе «Запросы наставников».");
    }

    @Post(uri = "/{id}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.METHODIST, Roles.MENTOR})
    HttpResponse<?> accept(@PathVariable UUID id, Session session) {
        return forms.act(session, "/requests", () -> bank.accept(id),
                request -> "Запрос принят: наставник закреплён за школой.");
    }

    @Post(uri = "/{id}/decline", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.METHODIST, Roles.MENTOR})
    HttpResponse<?> decline(@PathVariable UUID id, @Body RequestForms.Decline form, Session session) {
        return forms.act(form, session, "/requests", f -> bank.decline(id, new Reason(f.reason().strip())),
                request -> "Запрос отклонён, школа увидит причину.");
    }
}
