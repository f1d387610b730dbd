package ru.mentoring.school.pair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The school's pairs and groups: formed, listed, and the teacher pairs' labour-law checklist. */
@Controller("/api/pairs")
@Secured(Roles.CURATOR)
class PairController {

    private final PairService service;
    private final PairViews views;

    PairController(PairService service, PairViews views) {
        this.service = service;
        this.views = views;
    }

    @Post
    HttpResponse<PairView> form(Authentication authentication, @Valid @Body PairCommands.FormPair body) {
        Caller caller = Caller.of(authentication);
        String school = caller.requireSchool();
        Pair pair = service.form(school, body, caller.username());
        return HttpResponse.created(views.of(school, pair), URI.create("/api/pairs/" + pair.id()));
    }

    @Get
    PairList list(Authentication authentication, @Nullable @QueryValue PairStatus status) {
        String school = Caller.of(authentication).requireSchool();
        return new PairList(views.all(school).stream().filter(p -> status == null || p.status() == status).toList());
    }

    @Get("/{id}")
    PairView find(Authentication authentication, UUID id) {
        String school = Caller.of(authentication).requireSchool();
        return views.of(school, service.own(school, id));
    }

    @Put("/{id}/labour-checklist")
    PairView labourChecklist(Authentication authentication, UUID id, @Valid @Body PairCommands.LabourChecklist body) {
        String school = Caller.of(authentication).requireSchool();
        return views.of(school, service.recordLabourChecklist(school, id, body));
    }

    @Serdeable
    record PairList(List<PairView> items) {
    }
}
