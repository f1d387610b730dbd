package ru.mentoring.portal.mentor;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.web.ConfirmPage;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.UUID;

/** The mentor's card in the bank and its edit form. An id that is no mentor's is «Страница не найдена». */
@Hidden
@Controller("/bank/{id}")
@Secured(Roles.METHODIST)
class MentorCardController {

    private final MentorBankClient bank;
    private final Catalogues catalogues;
    private final MentorForms pages;
    private final FormFlow forms;

    MentorCardController(MentorBankClient bank, Catalogues catalogues, MentorForms pages, FormFlow forms) {
        this.bank = bank;
        this.catalogues = catalogues;
        this.pages = pages;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MentorCard>> card(@PathVariable UUID id) {
        return Page.show(MentorCard.of(bank.mentor(id), catalogues.schools(),
                Catalogues.titles(bank.wholeList(Catalogues.FORMS, true).list()),
                Catalogues.titles(bank.wholeList(Catalogues.FORMATS, true).list())));
    }

    /** No new requests while paused; the pairs the mentor runs go on. */
    @Post(uri = "/pause", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> pause(@PathVariable UUID id, @Body StatusForm form, Session session) {
        return forms.act(form, session, "/bank/" + id, f -> bank.pause(id, f.change()),
                m -> "Наставник на паузе: новые запросы к нему не принимаются, текущие пары продолжаются.");
    }

    @Post(uri = "/resume", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resume(@PathVariable UUID id, Session session) {
        return forms.act(session, "/bank/" + id, () -> bank.resume(id),
                m -> "Наставник снова работает в банке: " + m.fullName() + ".");
    }

    /** Taking a mentor out of the bank is asked about first. */
    @Get(uri = "/leave", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ConfirmPage>> confirmLeave(@PathVariable UUID id) {
        Mentors.Mentor mentor = bank.mentor(id);
        return Page.show(ConfirmPage.of("Вывести наставника из банка", "Вывести наставника из банка наставников?",
                List.of(mentor.fullName(), "Школы больше не найдут его в справочнике и не смогут отправить запрос.",
                        "Текущие пары и принятые запросы продолжаются. Вернуть наставника можно в любой момент."),
                "/bank/" + id + "/leave", "Вывести из банка", "/bank/" + id).askingWhy("Причина (необязательно)"));
    }

    @Post(uri = "/leave", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> leave(@PathVariable UUID id, @Body StatusForm form, Session session) {
        return forms.act(form, session, "/bank/" + id, f -> bank.leave(id, f.change()),
                m -> "Наставник выведен из банка: " + m.fullName() + ". Вернуть его можно на этой странице.");
    }

    @Get(uri = "/edit", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MentorFormPage>> editForm(@PathVariable UUID id) {
        return Page.show(pages.of(id, ProfileForm.of(bank.mentor(id)), FormErrors.none()));
    }

    /** A form can only POST; the bank's change is a PUT of the whole profile. */
    @Post(uri = "/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(@PathVariable UUID id, @Body ProfileForm form, Session session) {
        return forms.submit(form, session, f -> bank.update(id, f.toChange()),
                saved -> new Redirect("/bank/" + id, "Профиль наставника сохранён: " + saved.fullName() + "."),
                errors -> Page.show(pages.of(id, form, errors)));
    }
}
