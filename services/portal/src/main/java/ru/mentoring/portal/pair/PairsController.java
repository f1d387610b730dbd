package ru.mentoring.portal.pair;

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
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.pairwork.PairWork;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Redirect;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/**
 * «Пары и группы» of the curator's school, one pair's page (with its plan, meetings and how it ended, once it
 * started) and a teacher pair's labour-law checklist.
 */
@Hidden
@Controller("/pairs")
@Secured(Roles.CURATOR)
class PairsController {

    private final SchoolClient school;
    private final FormFlow forms;
    private final PairWork work;
    private final Catalogues catalogues;

    PairsController(SchoolClient school, FormFlow forms, PairWork work, Catalogues catalogues) {
        this.school = school;
        this.forms = forms;
        this.work = work;
        this.catalogues = catalogues;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<PairsPage>> list(@Nullable @QueryValue String status) {
        String known = status != null && PairLabels.STATUSES.containsKey(status.strip()) ? status.strip() : "";
        return Page.show(PairsPage.of(known, school.pairs(known.isEmpty() ? null : known).list()));
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<PairPage>> pair(@PathVariable UUID id) {
        Pairs.Pair pair = school.pair(id);
        return Page.show(PairPage.of(pair, ChecklistForm.of(pair.labourChecklist()), FormErrors.none(),
                work.ofSchoolPair(pair), catalogues.schools()));
    }

    @Post(uri = "/{id}/labour-checklist", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> checklist(@PathVariable UUID id, @Body ChecklistForm form, Session session) {
        return forms.submit(form, session, f -> school.recordLabourChecklist(id, f.toCommand()),
                p -> new Redirect("/pairs/" + id, p.labourChecklist() != null && p.labourChecklist().complete()
                        ? "Согласие по ТК ст. 351.8 и дополнительное соглашение оформлены."
                        : "Сведения сохранены; шаг по трудовому законодательству ещё не завершён."),
                errors -> {
                    Pairs.Pair pair = school.pair(id);
                    return Page.show(PairPage.of(pair, form, errors, work.ofSchoolPair(pair), catalogues.schools()));
                });
    }
}
