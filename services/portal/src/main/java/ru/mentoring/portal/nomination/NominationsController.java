package ru.mentoring.portal.nomination;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.mentor.MentorLabels;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.BackendException;
import ru.mentoring.portal.web.FormProblems;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Pages;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    private final Nominations nominations;
    private final MentorNames mentors;
    private final Catalogues catalogues;

    NominationsController(Nominations nominations, MentorNames mentors, Catalogues catalogues) {
        this.nominations = nominations;
        this.mentors = mentors;
        this.catalogues = catalogues;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication user, Optional<Session> session) {
        var page = page(NominationForm.empty(), null, Map.of(), null, user);
        page.getModel().ifPresent(model -> Notices.show(session, model));
        return page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.CURATOR)
    HttpResponse<?> nominate(@Body NominationForm form, Authentication user, Session session) {
        Map<String, String> local = form.check();
        if (!local.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(page(form, "Проверьте заполнение формы", local, null, user));
        }
        String school = PortalUser.of(user).schoolId().orElse(null);
        try {
            Nominations.Nomination n = nominations.nominate(form.toCommand(school), user);
            Notices.success(session, "Наставник выдвинут" + (n.mentorName() == null ? "" : ": " + n.mentorName())
                    + ". Решение примет методист ИМЦ.");
            return HttpResponse.seeOther(URI.create("/nominations"));
        } catch (BackendException.Rejected rejected) {
            return HttpResponse.status(HttpStatus.valueOf(rejected.status())).body(page(form,
                    FormProblems.summary(rejected, "Банк наставников не принял выдвижение"),
                    FormProblems.byField(rejected), null, user));
        }
    }

    /** Answers with the page itself, not a redirect: the temporary password must not outlive it. */
    @Post(uri = "/{id}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.METHODIST)
    HttpResponse<?> approve(String id, Authentication user, Session session) {
        try {
            Nominations.Nomination approved = nominations.approve(id, user);
            return HttpResponse.ok(page(NominationForm.empty(), null, Map.of(), approved, user))
                    .header("Cache-Control", "no-store");
        } catch (BackendException.Rejected rejected) {
            Notices.failure(session, Notices.text(rejected, "Не удалось одобрить выдвижение."));
            return HttpResponse.seeOther(URI.create("/nominations"));
        }
    }

    @Post(uri = "/{id}/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> reject(String id, @Body RejectForm form, Authentication user, Session session) {
        if (form.reason() == null || form.reason().isBlank()) {
            Notices.failure(session, "Укажите причину отклонения: куратор увидит её в своём выдвижении.");
            return HttpResponse.seeOther(URI.create("/nominations"));
        }
        try {
            Nominations.Nomination rejected = nominations.reject(id, form.reason().strip(), user);
            Notices.success(session, "Выдвижение отклонено" + (rejected.mentorName() == null ? "" : ": " + rejected.mentorName())
                    + ". Куратор увидит причину.");
        } catch (BackendException.Rejected rejected) {
            Notices.failure(session, Notices.text(rejected, "Не удалось отклонить выдвижение."));
        }
        return HttpResponse.seeOther(URI.create("/nominations"));
    }

    private ModelAndView<Map<String, Object>> page(NominationForm form, @Nullable String summary,
                                                   Map<String, String> errors,
                                                   @Nullable Nominations.Nomination approved, Authentication user) {
        PortalUser portalUser = PortalUser.of(user);
        Catalogues.Schools schools = catalogues.schools(user);
        List<Nominations.Project> projects = nominations.projects(user);
        Map<String, String> projectNames = projects.stream()
                .collect(Collectors.toMap(Nominations.Project::id, Nominations.Project::name, (a, b) -> a));
        // the methodist works through the queue; a curator follows every nomination of the school
        List<NominationRow> rows = nominations.list(portalUser.isMethodist() ? "PENDING" : null, user).stream()
                .map(n -> NominationRow.of(n, schools, projectNames)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("form", form);
        model.put("summary", summary);
        model.put("errors", errors);
        model.put("approved", approved == null ? null : NominationRow.of(approved, schools, projectNames));
        model.put("temporaryPassword", approved == null ? null : approved.temporaryPassword());
        if (portalUser.isCurator()) {
            String school = portalUser.schoolId().orElse("");
            model.put("ownMentors", mentors.directory(user).stream()
                    .filter(m -> school.equals(m.homeSchoolId())).toList());
            model.put("projects", projects);
            model.put("competencies", catalogues.competencies(user));
            model.put("kinds", Arrays.stream(MentorKind.values())
                    .map(k -> new KindOption(k.name(), MentorLabels.kind(k))).toList());
        }
        return Pages.page("nominations", "Выдвижения", model);
    }

    record KindOption(String code, String label) {
    }

    @Serdeable
    record RejectForm(@Nullable String reason) {
    }
}
