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
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.mentor.StatusForm;
import ru.mentoring.portal.web.ConfirmPage;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;

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

    /** No new requests while paused; the pairs the mentor runs go on. */
    @Post(uri = "/pause", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> pause(@Body StatusForm form, Session session) {
        return forms.act(form, session, "/me", f -> bank.pauseOwnProfile(f.change()),
                p -> "Вы на паузе: новые запросы к вам не поступают, текущие пары продолжаются.");
    }

    @Post(uri = "/resume", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resume(Session session) {
        return forms.act(session, "/me", bank::resumeOwnProfile, p -> "Вы снова принимаете запросы школ.");
    }

    @Get(uri = "/leave", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ConfirmPage>> confirmLeave() {
        return Page.show(ConfirmPage.of("Выйти из банка наставников", "Выйти из банка наставников?",
                List.of("Школы больше не найдут вас в справочнике и не смогут отправить запрос.",
                        "Ваши текущие пары продолжаются. Вернуться можно в любой момент на этой странице."),
                "/me/leave", "Выйти из банка", "/me").askingWhy("Причина (необязательно)"));
    }

    @Post(uri = "/leave", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> leave(@Body StatusForm form, Session session) {
        return forms.act(form, session, "/me", f -> bank.leaveWithOwnProfile(f.change()),
                p -> "Вы вышли из банка наставников. Вернуться можно кнопкой «Вернуться в банк».");
    }

    /** «Да»/«Нет» to carrying on as a municipal mentor next school year. */
    @Post(uri = "/municipal-confirmation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(@Body ConfirmationForm form, Session session) {
        return forms.act(form, session, "/me", f -> bank.answerMunicipalConfirmation(f.answer()),
                c -> Boolean.TRUE.equals(c.carriesOn()) ? "Спасибо: участие на " + c.year()
                        + " учебный год подтверждено, решение за методистом ИМЦ." : "Ответ сохранён.");
    }

    private ModelAndView<Page<MyProfilePage>> page(OwnProfile profile, OwnProfileForm form, FormErrors errors) {
        OwnProfile.Confirmation confirmation;
        try {
            confirmation = bank.municipalConfirmation();
        } catch (BackendException.Rejected notAsked) {
            confirmation = null;
        }
        return Page.show(MyProfilePage.of(profile, form, errors, catalogues.schools(),
                Option.of(catalogues.competencies(), Catalogue.Entry::title, Catalogue.Entry::title,
                        c -> form.hasStrength(c.title())), confirmation));
    }
}
