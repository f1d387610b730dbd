package ru.mentoring.school.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.school.pair.PairAccess;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.UUID;

/** A pair's development plan: read by everyone working on the pair, changed by its mentor and curator, printed. */
@Controller("/api")
@Secured({Roles.CURATOR, Roles.MENTOR, Roles.MENTEE})
class PlanController {

    private final PlanService plans;
    private final PlanPrinting printing;
    private final PairAccess access;
    private final LibraryPracticeQueries library;

    PlanController(PlanService plans, PlanPrinting printing, PairAccess access, LibraryPracticeQueries library) {
        this.plans = plans;
        this.printing = printing;
        this.access = access;
        this.library = library;
    }

    @Get("/pairs/{id}/plan")
    PlanView plan(Authentication authentication, UUID id) {
        PairParticipant who = access.participant(authentication, id);
        return access.within(who, () -> plans.view(who));
    }

    @Put("/pairs/{id}/plan")
    PlanView save(Authentication authentication, UUID id, @Valid @Body PlanCommands.SavePlan body) {
        PairParticipant who = access.participant(authentication, id);
        return access.within(who, () -> plans.save(who, body));
    }

    /** @param format pdf (default) or docx */
    @Get("/pairs/{id}/plan/document")
    HttpResponse<byte[]> document(Authentication authentication, UUID id, @Nullable @QueryValue String format) {
        PairParticipant who = access.participant(authentication, id);
        return access.within(who, () -> printing.document(who, format));
    }

    /** The library's published practices a task may link, newest first. */
    @Get("/library-practices")
    PracticeList practices(@Nullable @QueryValue String q, @Nullable @QueryValue String form) {
        return new PracticeList(library.search(q, form));
    }

    @Serdeable
    record PracticeList(List<LibraryPracticeQueries.Practice> items) {
    }
}
