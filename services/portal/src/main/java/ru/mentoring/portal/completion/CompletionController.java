package ru.mentoring.portal.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.documents.Downloads;
import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.pairwork.Refusals;
import ru.mentoring.portal.pairwork.Side;
import ru.mentoring.portal.pairwork.WorkLabels;
import ru.mentoring.portal.web.ConfirmPage;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.time.Today;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a pair ends: the mentor's and the mentee's own assessments, completion with results and the decision
 * (asked once more before it is sent: the pair closes and the mentor's seats go back to the bank), and the
 * curator's early termination with an initiator and a reason (asked once more too); the mentor's report.
 */
@Hidden
@Controller("/pairs/{id}")
class CompletionController {

    private final SchoolClient school;
    private final PairHeaders headers;
    private final FormFlow forms;
    private final Today today;

    CompletionController(SchoolClient school, PairHeaders headers, FormFlow forms, Today today) {
        this.school = school;
        this.headers = headers;
        this.forms = forms;
        this.today = today;
    }

    @Get(uri = "/assessment", produces = MediaType.TEXT_HTML)
    @Secured({Roles.MENTOR, PortalUser.MENTEE})
    ModelAndView<Page<AssessmentPage>> assessmentForm(@PathVariable UUID id, Authentication user) {
        PairHeader header = header(id, user);
        Completions.Assessments given = assessed(id);
        return Page.show(new AssessmentPage(header, header.side() == Side.MENTEE
                ? AssessmentForm.of(given.menteeScore(), given.menteeText())
                : AssessmentForm.of(given.mentorScore(), given.mentorText()), FormErrors.none()));
    }

    @Post(uri = "/assessment", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({Roles.MENTOR, PortalUser.MENTEE})
    HttpResponse<?> assess(@PathVariable UUID id, @Body AssessmentForm form, Authentication user, Session session) {
        PairHeader header = header(id, user);
        return forms.submit(form, session,
                f -> Refusals.explained(() -> school.assess(id, f.toCommand()), own(Set.of("score", "text")),
                        AssessmentForm::field),
                r -> new Redirect(header.back(), "Оценка сохранена: " + Typed.whole(form.score())
                        + " из 10. До завершения пары её можно изменить."),
                errors -> Page.show(new AssessmentPage(header, form, errors)));
    }

    @Get(uri = "/completion", produces = MediaType.TEXT_HTML)
    @Secured({Roles.CURATOR, Roles.MENTOR})
    ModelAndView<Page<CompletionPage>> completionForm(@PathVariable UUID id, Authentication user) {
        PairHeader header = header(id, user);
        return Page.show(CompletionPage.of(header, CompletionForm.assessed(assessed(id))
                .knowing(header.teacherPair(), today.date()), FormErrors.none()));
    }

    /** First the form is checked and asked about once more; the confirmation sends it back with {@code confirmed}. */
    @Post(uri = "/completion", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured({Roles.CURATOR, Roles.MENTOR})
    HttpResponse<?> complete(@PathVariable UUID id, @Body CompletionForm typed, Authentication user, Session session) {
        PairHeader header = header(id, user);
        CompletionForm form = typed.knowing(header.teacherPair(), today.date());
        Function<FormErrors, ModelAndView<Page<CompletionPage>>> page =
                errors -> Page.show(CompletionPage.of(header, form, errors));
        if (!form.isConfirmed()) {
            FormErrors found = forms.check(form);
            return found.isEmpty() ? HttpResponse.ok(Page.show(confirmCompletion(header, form)))
                    : HttpResponse.status(HttpStatus.BAD_REQUEST).body(page.apply(found));
        }
        return forms.submit(form, session,
                f -> Refusals.explained(() -> school.complete(id, f.toCommand()), own(CompletionForm.FIELDS),
                        CompletionForm::field),
                p -> new Redirect(header.back(), form.continuing()
                        ? "Наставничество завершено; продолжение с новой темой ждёт подтверждения мест наставника."
                        : "Наставничество завершено. Места наставника освобождены в банке наставников."),
                page);
    }

    @Get(uri = "/termination", produces = MediaType.TEXT_HTML)
    @Secured(Roles.CURATOR)
    ModelAndView<Page<TerminationPage>> terminationForm(@PathVariable UUID id, Authentication user) {
        return Page.show(TerminationPage.of(header(id, user), TerminationForm.empty(), FormErrors.none(),
                school.terminationReasons().list()));
    }

    @Post(uri = "/termination", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.CURATOR)
    HttpResponse<?> terminate(@PathVariable UUID id, @Body TerminationForm form, Authentication user,
                              Session session) {
        PairHeader header = header(id, user);
        var reasons = school.terminationReasons().list();
        Function<FormErrors, ModelAndView<Page<TerminationPage>>> page =
                errors -> Page.show(TerminationPage.of(header, form, errors, reasons));
        if (!form.isConfirmed()) {
            FormErrors found = forms.check(form);
            if (!found.isEmpty()) {
                return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page.apply(found));
            }
            String reason = reasons.stream().filter(r -> r.code().equals(form.reason().strip())).findFirst()
                    .map(r -> r.title()).orElse(form.reason().strip());
            List<String> details = new ArrayList<>(List.of(header.heading(),
                    "Инициатор: " + WorkLabels.INITIATORS.get(form.initiator().strip()), "Причина: " + reason));
            if (Typed.text(form.comment()) != null) {
                details.add("Комментарий: " + form.comment().strip());
            }
            details.add("Работа пары прекратится, места наставника вернутся в банк наставников. Отменить это нельзя.");
            return HttpResponse.ok(Page.show(ConfirmPage.of("Прекратить наставничество досрочно",
                            "Прекратить наставничество досрочно?", details, "/pairs/" + id + "/termination",
                            "Прекратить наставничество", header.back())
                    .sending("initiator", form.initiator()).sending("reason", form.reason())
                    .sending("comment", form.comment() == null ? "" : form.comment()).sending("confirmed", "true")));
        }
        return forms.submit(form, session,
                f -> Refusals.explained(() -> school.terminate(id, f.toCommand()),
                        own(Set.of("initiator", "reason", "comment")), TerminationForm::field),
                p -> new Redirect(header.back(), "Наставничество прекращено досрочно. Места наставника освобождены."),
                page);
    }

    @Get(uri = "/mentor-report", produces = {SchoolClient.PDF, SchoolClient.DOCX, MediaType.TEXT_HTML})
    @Secured({Roles.CURATOR, Roles.MENTOR})
    HttpResponse<byte[]> mentorReport(@PathVariable UUID id, @Nullable @QueryValue String format) {
        String chosen = Downloads.format(format);
        return Downloads.handOn(school.mentorReport(id, chosen),
                "docx".equals(chosen) ? SchoolClient.DOCX : SchoolClient.PDF, "mentor-report." + chosen);
    }

    /** The confirmation repeats what will be sent, and sends it all back as hidden fields. */
    private static ConfirmPage confirmCompletion(PairHeader header, CompletionForm form) {
        List<String> details = new ArrayList<>();
        details.add(header.heading());
        details.add("Решение: " + WorkLabels.DECISIONS.get(form.decision().strip())
                + (form.continuing() ? " — «" + form.continueTopic().strip() + "» до "
                + ru.mentoring.portal.web.Dates.day(Typed.date(form.continueUntil())) : ""));
        if (Typed.text(form.readiness()) != null) {
            details.add("Готовность наставляемого: " + WorkLabels.READINESS.get(form.readiness().strip()));
        }
        details.add("Пара будет завершена, места наставника вернутся в банк наставников. Отменить это нельзя.");
        ConfirmPage page = ConfirmPage.of("Завершить наставничество", "Завершить наставничество?", details,
                "/pairs/" + header.id() + "/completion", "Завершить наставничество", header.back());
        String[][] fields = {{"results", form.results()}, {"mentorScore", form.mentorScore()},
                {"mentorText", form.mentorText()}, {"menteeScore", form.menteeScore()},
                {"menteeText", form.menteeText()}, {"decision", form.decision()},
                {"continueTopic", form.continueTopic()}, {"continueUntil", form.continueUntil()},
                {"readiness", form.readiness()}, {"confirmed", "true"}};
        for (String[] f : fields) {
            page = page.sending(f[0], f[1] == null ? "" : f[1]);
        }
        return page;
    }

    /**
     * The assessments given so far, to start the forms from; none when the service cannot say (the forms
     * still open: the scores are typed again).
     */
    private Completions.Assessments assessed(UUID id) {
        try {
            return school.assessments(id);
        } catch (BackendException.Unauthorized expired) {
            throw expired;
        } catch (BackendException unknown) {
            return new Completions.Assessments(null, null, null, null);
        }
    }

    /** A field the service named, kept when it is one of this form's. */
    private static Function<String, String> own(Set<String> fields) {
        return field -> fields.contains(Refusals.leaf(field)) ? Refusals.leaf(field) : null;
    }

    private PairHeader header(UUID id, Authentication user) {
        return headers.of(id, PortalUser.of(user));
    }
}
