package ru.mentoring.portal.matching;

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
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.school.Matching;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.mentee.MenteeLabels;
import ru.mentoring.portal.pair.PairRefusals;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.RussianText;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.time.Today;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * «Подбор по анкетам». Proposals are read with a GET (the address says whom they are for), so a refresh or
 * the way back after accepting one recomputes them; accepting, rejecting and the weights are POSTs.
 */
@Hidden
@Controller("/matching")
@Secured(Roles.CURATOR)
class MatchingController {

    static final String ALL = "all";

    private final SchoolClient school;
    private final Catalogues catalogues;
    private final Shortlists shortlists;
    private final FormFlow forms;
    private final Today today;

    MatchingController(SchoolClient school, Catalogues catalogues, Shortlists shortlists, FormFlow forms, Today today) {
        this.school = school;
        this.catalogues = catalogues;
        this.shortlists = shortlists;
        this.forms = forms;
        this.today = today;
    }

    /** {@code mentee}: one mentee's id; {@code cohort=all}: every unpaired mentee with consent; neither: just the choice. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MatchingPage>> matching(@Nullable @QueryValue String mentee, @Nullable @QueryValue String cohort) {
        return page(scope(mentee, cohort), WeightsForm.of(school.matchingWeights()), FormErrors.none());
    }

    @Post(uri = "/weights", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> weights(@Body WeightsForm form, Session session) {
        return forms.submit(form, session, f -> school.saveMatchingWeights(f.toCommand()),
                w -> new Redirect("/matching", "Веса факторов сохранены для школы: следующий подбор учтёт их."),
                errors -> page("", form, errors));
    }

    /** A proposal or candidate accepted: matching goes back to its list, a mentee's choice to the new pair. */
    @Post(uri = "/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> accept(@Body AcceptForm form, Session session) {
        String back = form.backOr("/matching");
        return forms.run(form, f -> PairRefusals.explained(() -> school.formPair(f.toCommand())),
                pair -> {
                    Notices.success(session, form.isChoice()
                            ? "Выбор записан: наставник " + pair.mentorName() + " получил предложение и ответит "
                            + "в своём кабинете."
                            : "Пара сформирована: наставник " + pair.mentorName()
                            + ". Она ожидает подтверждения банка наставников.");
                    return HttpResponse.seeOther(URI.create(form.isChoice() ? "/pairs/" + pair.id() : back));
                },
                errors -> forms.back(session, back, errors));
    }

    @Post(uri = "/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reject(@Body RejectForm form, Session session) {
        UUID mentee = Typed.id(form.menteeId());
        UUID mentor = Typed.id(form.mentorId());
        String back = new AcceptForm(null, null, null, null, null, null, form.back()).backOr("/matching");
        return forms.act(form, session, back, f -> {
            if (mentee == null || mentor == null) {
                throw new BackendException.Rejected("Портал", 400,
                        BackendProblem.untitled("Предложение устарело: обновите страницу"));
            }
            school.rejectProposal(new Matching.Rejection(mentee, mentor));
            return Boolean.TRUE;
        }, done -> "Предложение отклонено: этот наставник больше не будет предлагаться этому наставляемому.");
    }

    /** «Другой наставник» for a proposal: the mentee's explained shortlist. */
    @Get(uri = "/mentees/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<CandidatesPage>> candidates(@PathVariable UUID id) {
        return Page.show(shortlists.page(id, "MATCHING"));
    }

    /** "" (nothing asked yet), {@link #ALL} or a mentee's id: what the address asks for, unusable values ignored. */
    private static String scope(@Nullable String mentee, @Nullable String cohort) {
        if (cohort != null && ALL.equals(cohort.strip())) {
            return ALL;
        }
        UUID id = Typed.id(mentee);
        return id == null ? "" : id.toString();
    }

    private ModelAndView<Page<MatchingPage>> page(String scope, WeightsForm weights, FormErrors errors) {
        List<Mentees.Mentee> base = school.mentees(null, null, null, null).list();
        List<Option> candidates = base.stream().filter(m -> "CANDIDATE".equals(m.status()))
                .map(m -> new Option(m.id().toString(), MenteeLabels.withPlace(m.fullName(), m.grade(), m.position()),
                        m.id().toString().equals(scope)))
                .toList();
        LocalDate start = today.date();
        String back = scope.isEmpty() ? "/matching" : ALL.equals(scope) ? "/matching?cohort=all" : "/matching?mentee=" + scope;
        if (scope.isEmpty()) {
            return Page.show(new MatchingPage(scope, candidates, false, List.of(), List.of(), "0", null, null, back,
                    start.toString(), Today.endOfSchoolYear(start).toString(), weights, errors));
        }
        Matching.Proposals proposals;
        try {
            proposals = school.proposals(new Matching.Ask(ALL.equals(scope) ? null : List.of(UUID.fromString(scope))));
        } catch (BackendException.Rejected rejected) {
            boolean missing = Shortlists.notBuiltYet(rejected);
            String note = missing ? Shortlists.NOT_YET : null;
            String problem = missing ? null : RussianText.of(rejected.problem().detail(), "Подбор не удался.");
            return Page.show(new MatchingPage(scope, candidates, true, List.of(), List.of(), "0", note, problem, back,
                    start.toString(), Today.endOfSchoolYear(start).toString(), weights, errors));
        }
        Map<UUID, Mentees.Mentee> byId = base.stream().collect(Collectors.toMap(Mentees.Mentee::id, Function.identity()));
        Map<UUID, String> kinds = shortlists.mentorKinds();
        List<Catalogue.Entry> catalogue = catalogues.forms();
        List<Offered> offered = proposals.itemList().stream().map(p -> {
            Mentees.Mentee m = byId.get(p.menteeId());
            String name = p.menteeName() != null ? p.menteeName() : m == null ? "наставляемый" : m.fullName();
            return Offered.of(p.menteeId(), name, m == null ? "—" : MenteeLabels.place(m.grade(), m.position()),
                    Explained.of(p.mentorId(), p.mentorName(), p.score(), p.reasonList()),
                    m == null ? null : m.kind(), kinds.get(p.mentorId()), catalogue);
        }).toList();
        List<MatchingPage.Left> left = proposals.unassignedList().stream()
                .map(u -> new MatchingPage.Left(u.menteeId(), u.menteeName() != null ? u.menteeName()
                        : byId.containsKey(u.menteeId()) ? byId.get(u.menteeId()).fullName() : "наставляемый",
                        u.why() == null || u.why().isBlank() ? "подходящего наставника со свободным местом нет" : u.why()))
                .toList();
        return Page.show(new MatchingPage(scope, candidates, true, offered, left,
                Explained.number(proposals.totalScore() == null ? 0 : proposals.totalScore()), null, null, back,
                start.toString(), Today.endOfSchoolYear(start).toString(), weights, errors));
    }
}
