package ru.mentoring.portal.consent;

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
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.BackendProblem;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.documents.Downloads;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.time.Today;

import java.util.UUID;

/**
 * A mentee's consents: recorded from the signed paper, withdrawn after a confirmation with the reason,
 * and printed one document per consent — the blank to be signed and the consent as recorded.
 */
@Hidden
@Controller("/mentees/{menteeId}")
@Secured(Roles.CURATOR)
class ConsentController {

    private final SchoolClient school;
    private final FormFlow forms;
    private final Today today;

    ConsentController(SchoolClient school, FormFlow forms, Today today) {
        this.school = school;
        this.forms = forms;
        this.today = today;
    }

    @Get(uri = "/consents/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ConsentFormPage>> form(@PathVariable UUID menteeId, @Nullable @QueryValue String kind) {
        Mentees.Mentee mentee = school.mentee(menteeId);
        return Page.show(ConsentFormPage.of(mentee, ConsentForm.suggested(mentee, kind, today.date()),
                FormErrors.none()));
    }

    @Post(uri = "/consents/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> record(@PathVariable UUID menteeId, @Body ConsentForm typed, Session session) {
        Mentees.Mentee mentee = school.mentee(menteeId);
        ConsentForm form = typed.about(mentee);
        return forms.submit(form, session, f -> school.recordConsent(menteeId, f.toCommand()),
                c -> new Redirect("/mentees/" + menteeId + "#consents", "Согласие записано: "
                        + ConsentKinds.title(c.kind()) + "."),
                errors -> Page.show(ConsentFormPage.of(mentee, form, errors)));
    }

    /** Acts at once: the mentee leaves matching, and the school service tells the curator about running pairs. */
    @Post(uri = "/consents/{id}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> withdraw(@PathVariable UUID menteeId, @PathVariable UUID id, @Body WithdrawalForm form,
                             Session session) {
        return forms.act(form, session, "/mentees/" + menteeId + "#consents",
                f -> school.withdrawConsent(id, f.toCommand()),
                c -> ConsentKinds.PROCESSING.equals(c.kind())
                        ? "Согласие отозвано. Наставляемый больше не участвует в подборе; о работающих парах "
                        + "придёт уведомление."
                        : "Согласие отозвано: " + ConsentKinds.title(c.kind()) + ".");
    }

    @Get(uri = "/consents/{id}/document", produces = {SchoolClient.PDF, SchoolClient.DOCX, MediaType.TEXT_HTML})
    HttpResponse<byte[]> document(@PathVariable UUID menteeId, @PathVariable UUID id,
                                  @Nullable @QueryValue String format) {
        String chosen = Downloads.format(format);
        return Downloads.handOn(school.consentDocument(id, chosen), type(chosen), "consent." + chosen);
    }

    /** The blank of one consent, to print and have signed; a transfer's names the partner. */
    @Get(uri = "/consent-forms/{kind}", produces = {SchoolClient.PDF, SchoolClient.DOCX, MediaType.TEXT_HTML})
    HttpResponse<byte[]> blank(@PathVariable UUID menteeId, @PathVariable String kind,
                               @Nullable @QueryValue String format, @Nullable @QueryValue String partner) {
        if (!ConsentKinds.known(kind)) {
            throw new BackendException.Rejected("Портал", 404, BackendProblem.untitled("Нет такого согласия"));
        }
        String chosen = Downloads.format(format);
        String named = partner == null || partner.isBlank() ? null : partner.strip();
        return Downloads.handOn(school.consentForm(menteeId, kind, chosen, named), type(chosen), "consent." + chosen);
    }

    private static String type(String format) {
        return "docx".equals(format) ? SchoolClient.DOCX : SchoolClient.PDF;
    }
}
