package ru.mentoring.school.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import ru.mentoring.school.pair.PairAccess;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.pair.PairSide;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.UUID;

/** The documents of pair work: the mentor's report on a pair, the order on the year's results. */
@Controller("/api")
@Secured({Roles.CURATOR, Roles.MENTOR})
class PairDocumentController {

    private final PairDocuments documents;
    private final PairAccess access;

    PairDocumentController(PairDocuments documents, PairAccess access) {
        this.documents = documents;
        this.access = access;
    }

    /** The mentor's report, for the mentor and the pair's curator; @param format pdf (default) or docx */
    @Get("/pairs/{id}/mentor-report")
    HttpResponse<byte[]> mentorReport(Authentication authentication, UUID id, @Nullable @QueryValue String format) {
        PairParticipant who = access.participant(authentication, id);
        if (who.is(PairSide.MENTEE)) {
            throw BusinessRuleException.notFound("Пара не найдена");
        }
        return access.within(who, () -> documents.mentorReport(who, format));
    }

    /** @param year the school year as 2026/2027; the current one when left out */
    @Get("/documents/results-order")
    @Secured(Roles.CURATOR)
    HttpResponse<byte[]> resultsOrder(Authentication authentication, @Nullable @QueryValue String year,
                                      @Nullable @QueryValue String format) {
        return documents.resultsOrder(Caller.of(authentication).requireSchool(), year, format);
    }
}
