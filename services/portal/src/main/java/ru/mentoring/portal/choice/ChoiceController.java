package ru.mentoring.portal.choice;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.matching.CandidatesPage;
import ru.mentoring.portal.matching.Shortlists;
import ru.mentoring.portal.web.Page;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/**
 * Mutual choice, the school's side: the mentee (or the curator with them) picks from the explained
 * shortlist; the pair then waits for the mentor's answer in the mentor's «Предложения».
 */
@Hidden
@Controller("/choice")
@Secured(Roles.CURATOR)
class ChoiceController {

    private final Shortlists shortlists;

    ChoiceController(Shortlists shortlists) {
        this.shortlists = shortlists;
    }

    @Get(uri = "/{menteeId}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<CandidatesPage>> shortlist(@PathVariable UUID menteeId) {
        return Page.show(shortlists.page(menteeId, "CHOICE"));
    }
}
