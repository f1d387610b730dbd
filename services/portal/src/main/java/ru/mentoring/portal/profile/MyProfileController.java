package ru.mentoring.portal.profile;

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
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.mentor.MentorLabels;
import ru.mentoring.portal.web.BackendException;
import ru.mentoring.portal.web.FormProblems;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Pages;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** «Мой профиль»: the mentor keeps their strengths, time and interests, and sees which schools use them. */
@Hidden
@Controller("/me")
@Secured(Roles.MENTOR)
class MyProfileController {

    private final MyProfile profiles;
    private final Catalogues catalogues;

    MyProfileController(MyProfile profiles, Catalogues catalogues) {
        this.profiles = profiles;
        this.catalogues = catalogues;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication user, Optional<Session> session) {
        MyProfile.Profile profile = profiles.get(user);
        var page = page(profile, OwnProfileForm.of(profile), null, Map.of(), user);
        page.getModel().ifPresent(model -> Notices.show(session, model));
        return page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(@Body OwnProfileForm form, Authentication user, Session session) {
        try {
            profiles.update(form.toCommand(), user);
            Notices.success(session, "Профиль сохранён.");
            return HttpResponse.seeOther(URI.create("/me"));
        } catch (BackendException.Rejected rejected) {
            return HttpResponse.status(HttpStatus.valueOf(rejected.status())).body(page(profiles.get(user), form,
                    FormProblems.summary(rejected, "Банк наставников не сохранил профиль"),
                    FormProblems.byField(rejected), user));
        }
    }

    private ModelAndView<Map<String, Object>> page(MyProfile.Profile profile, OwnProfileForm form,
                                                   @Nullable String summary, Map<String, String> errors,
                                                   Authentication user) {
        Catalogues.Schools schools = catalogues.schools(user);
        Map<String, Object> model = new HashMap<>();
        model.put("profile", profile);
        model.put("kind", MentorLabels.kind(profile.kind()));
        model.put("visibility", MentorLabels.visibility(profile.visibility()));
        model.put("school", profile.homeSchoolId() == null ? "—" : schools.label(profile.homeSchoolId()));
        model.put("usedBy", profile.schools().stream().map(schools::label).toList());
        model.put("form", form);
        model.put("competencies", catalogues.competencies(user));
        model.put("summary", summary);
        model.put("errors", errors);
        return Pages.page("my-profile", "Мой профиль", model);
    }
}
