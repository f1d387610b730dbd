package ru.mentoring.portal.catalogue;

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
import ru.mentoring.portal.backend.mentorbank.OwnStrengths;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.support.tenancy.Roles;

/**
 * «Формулировки школ»: the methodist maps a school's phrase to a competency, or adds it to the catalogue,
 * once for every mentor who carries it; later sheets with the phrase then match by themselves.
 */
@Hidden
@Controller("/catalogues/own-strengths")
@Secured(Roles.METHODIST)
class OwnStrengthsController {

    private static final String BACK = "/catalogues/own-strengths";

    private final MentorBankClient bank;
    private final FormFlow forms;

    OwnStrengthsController(MentorBankClient bank, FormFlow forms) {
        this.bank = bank;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<OwnStrengthsPage>> page() {
        return Page.show(new OwnStrengthsPage(bank.ownStrengths().list(),
                Option.of(bank.competencies().list(), Catalogue.Entry::code, Catalogue.Entry::title, e -> false)));
    }

    @Post(uri = "/map", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> map(@Body CatalogueForms.Mapping form, Session session) {
        return forms.act(form, session, BACK,
                f -> bank.mapOwnStrength(new OwnStrengths.Mapping(f.phrase(), f.competencyCode())),
                outcome -> "«" + outcome.phrase() + "» теперь означает компетенцию «" + outcome.competency().title()
                        + "»: обновлено наставников — " + outcome.mentorsUpdated() + ".");
    }

    @Post(uri = "/add", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@Body CatalogueForms.Addition form, Session session) {
        return forms.act(form, session, BACK,
                f -> bank.addOwnStrength(new OwnStrengths.Addition(f.phrase(), Typed.text(f.title()))),
                outcome -> "Компетенция «" + outcome.competency().title() + "» добавлена в справочник: обновлено "
                        + "наставников — " + outcome.mentorsUpdated() + ".");
    }
}
