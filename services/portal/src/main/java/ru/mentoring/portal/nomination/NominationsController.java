package ru.mentoring.portal.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.mentorbank.Nominations;
import ru.mentoring.portal.backend.mentorbank.Reason;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/**
 * «Выдвижения»: a curator puts a mentor of their school forward to the municipal bank or to one of
 * the school's network projects; the methodist approves or rejects with a reason. An approval may
 * create the mentor's login: its temporary password is shown to the methodist once, on the answer
 * page itself, and kept nowhere.
 */
@Hidden
@Controller("/nominations")
@Secured({Roles.CURATOR, Roles.METHODIST})
class NominationsController {

    private final MentorBankClient bank;
    private final NominationsPages pages;
    private final FormFlow forms;

    NominationsController(MentorBankClient bank, NominationsPages pages, FormFlow forms) {
        this.bank = bank;
        this.pages = pages;
        this.forms = forms;
    }

    /** The methodist's history of decided nominations is filtered by the address's values. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<NominationsPage>> page(Authentication user, @Nullable @QueryValue String status,
                                             @Nullable @QueryValue String school, @Nullable @QueryValue String target,
                                             @Nullable @QueryValue String mentor, @Nullable @QueryValue String from,
                                             @Nullable @QueryValue String to) {
        return Page.show(pages.of(NominationForm.empty(), FormErrors.none(), null, user,
                NominationHistory.of(status, school, target, mentor, from, to)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.CURATOR)
    HttpResponse<?> nominate(@Body NominationForm form, Authentication user, Session session) {
        @Nullable String school = PortalUser.of(user).schoolId().orElse(null);
        return forms.submit(form, session, f -> bank.nominate(f.toCommand(school)),
                n -> new Redirect("/nominations", "Наставник выдвинут"
                        + (Typed.text(n.mentorName()) == null ? "" : ": " + n.mentorName())
                        + ". Решение примет методист ИМЦ."),
                errors -> Page.show(pages.of(form, errors, null, user)));
    }

    /** Answers with the page itself, not a redirect: the temporary password must not outlive it. */
    @Post(uri = "/{id}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> approve(@PathVariable UUID id, Authentication user, Session session) {
        return forms.run(null, ignored -> bank.approve(id),
                approved -> HttpResponse.ok(Page.show(pages.of(NominationForm.empty(), FormErrors.none(), approved,
                        user))).header("Cache-Control", "no-store"),
                errors -> forms.back(session, "/nominations", errors));
    }

    @Post(uri = "/{id}/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> reject(@PathVariable UUID id, @Body RejectForm form, Session session) {
        return forms.act(form, session, "/nominations", f -> bank.reject(id, new Reason(f.reason().strip())),
                (Nominations.Nomination n) -> "Выдвижение отклонено"
                        + (Typed.text(n.mentorName()) == null ? "" : ": " + n.mentorName()) + ". Куратор увидит причину.");
    }
}
