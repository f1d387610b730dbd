package ru.mentoring.portal.mentee;

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
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.time.Today;

import java.util.List;
import java.util.UUID;

/** «База наставляемых» of the curator's school: the list, a mentee's card, the one form for new and changed. */
@Hidden
@Controller("/mentees")
@Secured(Roles.CURATOR)
class MenteesController {

    private final SchoolClient school;
    private final MenteeCards cards;
    private final FormFlow forms;
    private final Today today;

    MenteesController(SchoolClient school, MenteeCards cards, FormFlow forms, Today today) {
        this.school = school;
        this.cards = cards;
        this.forms = forms;
        this.today = today;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MenteeBasePage>> list(@Nullable @QueryValue String status, @Nullable @QueryValue String kind,
                                            @Nullable @QueryValue String category, @Nullable @QueryValue String q) {
        MenteeFilter filter = MenteeFilter.of(status, kind, category, q);
        List<Mentees.Mentee> base = school.mentees(null, null, null, null).list();
        List<Mentees.Mentee> found = filter.isEmpty() ? base : school.mentees(filter.statusOrNull(),
                filter.kindOrNull(), filter.categoryOrNull(), filter.qOrNull()).list();
        return Page.show(MenteeBasePage.of(filter, base, found, school.requestCategories().list()));
    }

    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MenteeFormPage>> newForm(@Nullable @QueryValue String kind) {
        String known = kind != null && MenteeLabels.KINDS.containsKey(kind.strip()) ? kind.strip() : "";
        return form(null, MenteeForm.empty(known, today.date()), FormErrors.none());
    }

    @Post(uri = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> register(@Body MenteeForm form, Session session) {
        return forms.submit(form, session, f -> school.registerMentee(f.toCommand()),
                m -> new Redirect("/mentees/" + m.id(), "Наставляемый внесён в базу: " + m.fullName()
                        + ". Запишите согласие на обработку персональных данных — без него подбор невозможен."),
                errors -> form(null, form, errors));
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MenteeCard>> card(@PathVariable UUID id) {
        return Page.show(cards.card(id));
    }

    @Get(uri = "/{id}/edit", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MenteeFormPage>> editForm(@PathVariable UUID id) {
        return form(id, MenteeForm.of(school.mentee(id)), FormErrors.none());
    }

    @Post(uri = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(@PathVariable UUID id, @Body MenteeForm form, Session session) {
        return forms.submit(form, session, f -> school.updateMentee(id, f.toCommand()),
                m -> new Redirect("/mentees/" + id, "Сведения о наставляемом сохранены."),
                errors -> form(id, form, errors));
    }

    /** Archive or restore, each reached through the card's confirmation. */
    @Post(uri = "/{id}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> status(@PathVariable UUID id, @Body MenteeStatusForm form, Session session) {
        return forms.act(form, session, "/mentees/" + id,
                f -> school.changeMenteeStatus(id, new Mentees.StatusChange(f.status().strip())),
                m -> form.notice());
    }

    private ModelAndView<Page<MenteeFormPage>> form(@Nullable UUID id, MenteeForm form, FormErrors errors) {
        return Page.show(MenteeFormPage.of(id, form, errors, school.requestCategories().list()));
    }
}
