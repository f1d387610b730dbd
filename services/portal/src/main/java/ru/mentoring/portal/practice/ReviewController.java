package ru.mentoring.portal.practice;

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
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.backend.practices.PracticesClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The review queue and the review of one version: experts' sheets and the methodist's decision. */
@Hidden
@Controller("/practices")
@Secured({Roles.METHODIST, Roles.EXPERT})
class ReviewController {

    private final PracticesClient library;
    private final FormFlow forms;
    private final Catalogues catalogues;

    ReviewController(PracticesClient library, FormFlow forms, Catalogues catalogues) {
        this.library = library;
        this.forms = forms;
        this.catalogues = catalogues;
    }

    @Get(uri = "/review", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ReviewQueuePage>> queue(Authentication authentication) {
        return Page.show(ReviewQueuePage.of(library.reviewQueue().list(), catalogues.schools(),
                PortalUser.of(authentication).isMethodist()));
    }

    @Get(uri = "/{id}/review", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ReviewPage>> review(@PathVariable UUID id, Authentication authentication) {
        Practices.Review review = library.review(id);
        return Page.show(page(review, authentication, SheetFields.of(review.mine()), FormErrors.none()));
    }

    @Post(uri = "/{id}/review/experts", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> assign(@PathVariable UUID id, @Nullable @Body Map<String, Object> form, Session session) {
        // no box ticked: the browser sends no body at all, and the library says two experts are needed
        List<String> experts = Typed.ticked(values(form == null ? null : form.get("experts")));
        return forms.act(session, back(id), () -> library.assign(id, new Practices.Experts(experts)),
                r -> "Эксперты назначены: " + r.experts().size());
    }

    @Post(uri = "/{id}/review/sheet", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.EXPERT)
    HttpResponse<?> sheet(@PathVariable UUID id, @Body SheetFields form, Session session, Authentication authentication) {
        return forms.submit(form, session, f -> library.sheet(id, f.toSheet()),
                r -> new Redirect(back(id), "submit".equals(form.action())
                        ? "Лист оценки отправлен методисту" : "Лист оценки сохранён"),
                errors -> Page.show(page(library.review(id), authentication, form, errors)));
    }

    @Post(uri = "/{id}/review/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> publish(@PathVariable UUID id, Session session) {
        return forms.act(session, decided(id), () -> library.publish(id),
                r -> "Практика опубликована: её видят все школы, авторы получили уведомление");
    }

    @Post(uri = "/{id}/review/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> returnForRevision(@PathVariable UUID id, @Body PracticeForms.ReasonForm form, Session session) {
        return forms.act(form, session, decided(id), f -> library.returnForRevision(id, new Practices.Reason(f.reason().strip())),
                r -> "Практика возвращена авторам на доработку");
    }

    @Post(uri = "/{id}/review/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> reject(@PathVariable UUID id, @Body PracticeForms.ReasonForm form, Session session) {
        return forms.act(form, session, decided(id), f -> library.reject(id, new Practices.Reason(f.reason().strip())),
                r -> "Практика отклонена; авторы увидят причину");
    }

    private ReviewPage page(Practices.Review review, Authentication authentication, SheetFields sheet, FormErrors errors) {
        PortalUser user = PortalUser.of(authentication);
        List<Practices.Expert> directory = user.isMethodist() ? library.experts().list() : List.of();
        return ReviewPage.of(review, directory, user.isMethodist(), user.has(Roles.EXPERT), sheet, errors);
    }

    private static List<String> values(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    /** After a decision the version is no longer under review: the practice page shows its new state. */
    private static String decided(UUID id) {
        return "/practices/" + id;
    }

    private static String back(UUID id) {
        return "/practices/" + id + "/review";
    }
}
