package ru.mentoring.portal.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
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
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.web.ConfirmPage;
import ru.mentoring.portal.web.Option;
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
    private final Catalogues catalogues;
    private final FormFlow forms;

    RequestsController(MentorBankClient bank, Catalogues catalogues, FormFlow forms) {
        this.bank = bank;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    /** The methodist filters every school's requests, decided ones included (the history). */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<RequestsPage>> list(Authentication user, @Nullable @QueryValue String show,
                                          @Nullable @QueryValue String school, @Nullable @QueryValue String mentor,
                                          @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        PortalUser portalUser = PortalUser.of(user);
        // a curator asks and may take back; the methodist and the mentor asked for decide (the bank checks it again)
        boolean mayDecide = portalUser.isMethodist() || portalUser.isMentor();
        boolean mayWithdraw = portalUser.isCurator();
        RequestHistory history = RequestHistory.of(show, school, mentor, from, to);
        Schools schools = catalogues.schools();
        List<RequestRow> rows = bank.requestHistory(history.status(), history.decided(),
                        portalUser.isMethodist() ? history.school() : null, history.mentor(), history.from(), history.to())
                .list().stream().map(r -> RequestRow.of(r, Map.of(), schools, mayDecide, mayWithdraw)).toList();
        return Page.show(new RequestsPage(rows, rows.stream().filter(RequestRow::isPending).count(), history,
                history.shows(), Option.of(schools.all(), Catalogue.School::id, Catalogue.School::label,
                        s -> s.id().equals(history.school()))));
    }

    /** Taking a request back is asked about first. */
    @Get(uri = "/{id}/withdraw", produces = MediaType.TEXT_HTML)
    @Secured(Roles.CURATOR)
    ModelAndView<Page<ConfirmPage>> confirmWithdraw(@PathVariable UUID id) {
        RequestRow row = bank.requests().list().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> RequestRow.of(r, Map.of(), catalogues.schools(), false))
                .orElseThrow(() -> new io.micronaut.http.exceptions.HttpStatusException(
                        io.micronaut.http.HttpStatus.NOT_FOUND, "Запрос не найден"));
        return Page.show(ConfirmPage.of("Отозвать запрос", "Отозвать запрос наставника?",
                List.of(row.mentorName() + ": " + row.need(), "Место наставника освободится для других школ."),
                "/requests/" + id + "/withdraw", "Отозвать запрос", "/requests"));
    }

    @Post(uri = "/{id}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.CURATOR)
    HttpResponse<?> withdraw(@PathVariable UUID id, Session session) {
        return forms.act(session, "/requests", () -> bank.withdraw(id),
                request -> "Запрос отозван, место наставника освобождено.");
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
