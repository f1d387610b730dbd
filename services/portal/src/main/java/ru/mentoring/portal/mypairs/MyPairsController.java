package ru.mentoring.portal.mypairs;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.school.MyPairs;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.pairwork.PairWork;
import ru.mentoring.portal.pairwork.Side;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/**
 * «Мои пары»: a mentor's pairs in every school and a mentee's own, each with its plan and meeting log. What
 * the user may read of another school's pupil is the school service's decision (the minimal card).
 */
@Hidden
@Controller("/my-pairs")
@Secured({Roles.MENTOR, PortalUser.MENTEE})
class MyPairsController {

    private final SchoolClient school;
    private final PairWork work;

    MyPairsController(SchoolClient school, PairWork work) {
        this.school = school;
        this.work = work;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MyPairsPage>> list(Authentication authentication) {
        return Page.show(MyPairsPage.of(side(authentication), school.myPairs().list()));
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MyPairPage>> pair(@PathVariable UUID id, Authentication authentication) {
        Side side = side(authentication);
        MyPairs.Item item = school.myPair(id);
        PairHeader header = PairHeaders.of(item, side);
        return Page.show(MyPairPage.of(item, header, work.ofOwnPair(item, header)));
    }

    /** A curator who also mentors reads «Мои пары» as the mentor. */
    private static Side side(Authentication authentication) {
        return PortalUser.of(authentication).isMentor() ? Side.MENTOR : Side.MENTEE;
    }
}
