package ru.mentoring.portal.profile;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.mentorbank.OwnProfile;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

/** «Мой профиль»: the mentor keeps their strengths, time and interests, and sees which schools use them. */
@Hidden
@Controller("/me")
@Secured(Roles.MENTOR)
class MyProfileController {

    private final MentorBankClient bank;
    private final Catalogues catalogues;
    private final FormFlow forms;

    MyProfileController(MentorBankClient bank, Catalogues catalogues, FormFlow forms) {
        this.bank = bank;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MyProfilePage>> page() {
        OwnProfile profile = bank.ownProfile();
        return page(profile, OwnProfileForm.of(profile), FormErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(@Body OwnProfileForm form, Session session) {
        return forms.submit(form, session, f -> bank.updateOwnProfile(f.toCommand()),
                saved -> new Redirect("/me", "Профиль сохранён."),
                errors -> page(bank.ownProfile(), form, errors));
    }

    private ModelAndView<Page<MyProfilePage>> page(OwnProfile profile, OwnProfileForm form, FormErrors errors) {
        return Page.show(MyProfilePage.of(profile, form, errors, catalogues.schools(),
                Option.of(catalogues.competencies(), Catalogue.Entry::title, Catalogue.Entry::title,
                        c -> form.hasStrength(c.title()))));
    }
}
