package ru.mentoring.portal.completion;

import io.micronaut.core.annotation.Nullable;
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
import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.pairwork.Refusals;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A completed pair proposed to the practice library as a draft (ADR 0010): only the people whose
 * distribution consent is on record may be named, each by that consent. The school service says whom the
 * practice may name; someone without a consent is offered too, so that choosing them is refused by name.
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
    ModelAndView<Page<ProposalPage>> form(@PathVariable UUID id, Authentication user) {
        PairHeader header = headers.of(id, PortalUser.of(user));
        return Page.show(page(header, ProposalForm.empty(""), FormErrors.none(), school.proposalCandidates(id)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> propose(@PathVariable UUID id, @Body ProposalForm typed, Authentication user, Session session) {
        PairHeader header = headers.of(id, PortalUser.of(user));
        ProposalForm form = typed.knowingLacks();
        return forms.submit(form, session,
                f -> Refusals.explained(() -> school.proposePractice(id, f.toCommand()),
                        field -> Set.of("title", "participants").contains(Refusals.leaf(field)) ? Refusals.leaf(field)
                                : null, ProposalForm::field),
                p -> new Redirect(header.back(), "Пара предложена в библиотеку практик: черновик появится в разделе "
                        + "«Мои практики», его нужно дописать и отправить на экспертизу."),
                errors -> Page.show(page(header, form, errors, school.proposalCandidates(id))));
    }

    static ProposalPage page(PairHeader header, ProposalForm form, FormErrors errors, Completions.Candidates candidates) {
        @Nullable String refusal = candidates.canPropose() ? null
                : candidates.why() != null && !candidates.why().isBlank() ? candidates.why()
                : "Эту пару сейчас нельзя предложить в библиотеку практик.";
        return new ProposalPage(header, form, errors, participants(candidates.list(), form), refusal);
    }

    /** Each mentee by the consent the practice may name them under, or offered as lacking one. */
    static List<Option> participants(List<Completions.Candidate> candidates, ProposalForm form) {
        return candidates.stream().map(c -> {
            if (c.consentId() != null) {
                String value = c.consentId().toString();
                String shown = c.publicName() == null || c.publicName().isBlank() ? ""
                        : " (в практике: «" + c.publicName().strip() + "»)";
                return new Option(value, c.name() + " — согласие на распространение записано" + shown,
                        form.ticked(value));
            }
            String value = ProposalForm.MISSING + c.name();
            return new Option(value, c.name() + " — согласия на распространение нет", form.ticked(value));
        }).toList();
    }
}
