package ru.mentoring.portal.completion;

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
import ru.mentoring.portal.backend.school.Consents;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.pairwork.Refusals;
import ru.mentoring.portal.pairwork.Side;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A completed pair proposed to the practice library as a draft (ADR 0010): only the people whose
 * distribution consent is on record may be named, each by that consent. The curator keeps the consents and
 * chooses; a mentor proposes the pair without naming its mentees.
 */
@Hidden
@Controller("/pairs/{id}/practice-proposal")
@Secured({Roles.CURATOR, Roles.MENTOR})
class ProposalController {

    private final SchoolClient school;
    private final PairHeaders headers;
    private final FormFlow forms;

    ProposalController(SchoolClient school, PairHeaders headers, FormFlow forms) {
        this.school = school;
        this.headers = headers;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ProposalPage>> form(@PathVariable java.util.UUID id, Authentication user) {
        PairHeader header = headers.of(id, PortalUser.of(user));
        ProposalForm form = ProposalForm.empty("");
        return Page.show(new ProposalPage(header, form, FormErrors.none(), participants(header, form)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> propose(@PathVariable java.util.UUID id, @Body ProposalForm typed, Authentication user,
                            Session session) {
        PairHeader header = headers.of(id, PortalUser.of(user));
        ProposalForm form = typed.knowingLacks();
        return forms.submit(form, session,
                f -> Refusals.explained(() -> school.proposePractice(id, f.toCommand()),
                        field -> Set.of("title", "participants").contains(Refusals.leaf(field)) ? Refusals.leaf(field)
                                : null, ProposalForm::field),
                p -> new Redirect(header.back(), "Пара предложена в библиотеку практик: черновик появится в разделе "
                        + "«Мои практики», его нужно дописать и отправить на экспертизу."),
                errors -> Page.show(new ProposalPage(header, form, errors, participants(header, form))));
    }

    /** Each mentee by their distribution consent in force, or offered as lacking one (the curator's only). */
    private List<Option> participants(PairHeader header, ProposalForm form) {
        if (header.side() != Side.CURATOR) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        for (PairHeader.Person mentee : header.mentees()) {
            Optional<Consents.Consent> consent = mentee.id() == null ? Optional.empty()
                    : school.consents(mentee.id()).list().stream()
                    .filter(c -> "DISTRIBUTION".equals(c.kind()) && c.inForce())
                    .max(Comparator.comparing(c -> c.signedOn() == null ? java.time.LocalDate.MIN : c.signedOn()));
            if (consent.isPresent()) {
                String value = consent.get().id().toString();
                options.add(new Option(value, mentee.label() + " — согласие на распространение от "
                        + Dates.day(consent.get().signedOn()), form.ticked(value)));
            } else {
                String value = ProposalForm.MISSING + mentee.label();
                options.add(new Option(value, mentee.label() + " — согласия на распространение нет",
                        form.ticked(value)));
            }
        }
        return options;
    }
}
