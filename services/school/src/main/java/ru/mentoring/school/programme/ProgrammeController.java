package ru.mentoring.school.programme;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The school's programme and roadmap; a curator works only on their own school's. */
@Controller("/api/programmes")
@Secured(Roles.CURATOR)
class ProgrammeController {

    private final ProgrammeService service;
    private final FormTitles forms;

    ProgrammeController(ProgrammeService service, FormTitles forms) {
        this.service = service;
        this.forms = forms;
    }

    @Get
    ProgrammeList list(Authentication authentication) {
        return new ProgrammeList(service.all(school(authentication)).stream()
                .map(p -> new ProgrammeList.Entry(p.id(), p.schoolYear(), p.title())).toList());
    }

    @Get("/current")
    ProgrammeView current(Authentication authentication) {
        String school = school(authentication);
        return service.current(school).map(this::view)
                .orElseThrow(() -> BusinessRuleException.notFound("Программы на текущий учебный год ещё нет"));
    }

    @Post
    HttpResponse<ProgrammeView> start(Authentication authentication, @Valid @Body ProgrammeCommands.SaveProgramme body) {
        Programme programme = service.start(school(authentication), body);
        return HttpResponse.created(view(programme), URI.create("/api/programmes/" + programme.id()));
    }

    @Get("/{id}")
    ProgrammeView find(Authentication authentication, UUID id) {
        return view(service.own(school(authentication), id));
    }

    @Put("/{id}")
    ProgrammeView update(Authentication authentication, UUID id, @Valid @Body ProgrammeCommands.SaveProgramme body) {
        return view(service.update(school(authentication), id, body));
    }

    @Post("/{id}/roadmap")
    HttpResponse<ProgrammeView> addItem(Authentication authentication, UUID id,
                                        @Valid @Body ProgrammeCommands.SaveRoadmapItem body) {
        String school = school(authentication);
        service.addItem(school, id, body);
        return HttpResponse.created(view(service.own(school, id)));
    }

    @Put("/{id}/roadmap/{itemId}")
    ProgrammeView updateItem(Authentication authentication, UUID id, UUID itemId,
                             @Valid @Body ProgrammeCommands.SaveRoadmapItem body) {
        String school = school(authentication);
        service.updateItem(school, id, itemId, body);
        return view(service.own(school, id));
    }

    @Delete("/{id}/roadmap/{itemId}")
    ProgrammeView removeItem(Authentication authentication, UUID id, UUID itemId) {
        String school = school(authentication);
        service.removeItem(school, id, itemId);
        return view(service.own(school, id));
    }

    @Post("/{id}/roadmap/{itemId}/done")
    ProgrammeView done(Authentication authentication, UUID id, UUID itemId) {
        String school = school(authentication);
        service.markDone(school, id, itemId, true);
        return view(service.own(school, id));
    }

    @Post("/{id}/roadmap/{itemId}/reopen")
    ProgrammeView reopen(Authentication authentication, UUID id, UUID itemId) {
        String school = school(authentication);
        service.markDone(school, id, itemId, false);
        return view(service.own(school, id));
    }

    private ProgrammeView view(Programme programme) {
        return ProgrammeView.of(programme, service.roadmap(programme.id()), forms.all(), service.today());
    }

    private static String school(Authentication authentication) {
        return Caller.of(authentication).requireSchool();
    }

    @Serdeable
    record ProgrammeList(List<Entry> items) {
        @Serdeable
        record Entry(UUID id, String schoolYear, String title) {
        }
    }
}
