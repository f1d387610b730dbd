package ru.mentoring.portal.choice;

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
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/** Mutual choice, the mentor's side: accept a pair a mentee chose you for, or decline it with a reason. */
@Hidden
@Controller("/offers")
@Secured(Roles.MENTOR)
class OffersController {

    private final SchoolClient school;
    private final Catalogues catalogues;
    private final FormFlow forms;

    OffersController(SchoolClient school, Catalogues catalogues, FormFlow forms) {
        this.school = school;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<OffersPage>> offers() {
        return Page.show(OffersPage.of(school.pairOffers().list(), catalogues.schools()));
    }

    @Post(uri = "/{id}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> accept(@PathVariable UUID id, Session session) {
        return forms.act(session, "/offers", () -> school.acceptPairOffer(id),
                o -> "Вы приняли предложение. Школа закрепит пару, как только банк наставников подтвердит место.");
    }

    @Post(uri = "/{id}/decline", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decline(@PathVariable UUID id, @Body DeclineForm form, Session session) {
        return forms.act(form, session, "/offers", f -> school.declinePairOffer(id, f.toCommand()),
                o -> "Вы отклонили предложение; куратор школы узнает причину.");
    }
}
