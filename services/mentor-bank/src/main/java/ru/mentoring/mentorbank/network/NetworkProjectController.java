package ru.mentoring.mentorbank.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The methodist runs network projects; a curator sees the projects their school belongs to. */
@Controller("/api/network-projects")
@Secured({Roles.METHODIST, Roles.CURATOR})
class NetworkProjectController {

    private final NetworkService service;

    NetworkProjectController(NetworkService service) {
        this.service = service;
    }

    @Post
    @Secured(Roles.METHODIST)
    HttpResponse<ProjectView> start(@Valid @Body NetworkCommands.StartProject command) {
        NetworkProject project = service.start(command);
        return HttpResponse.created(view(project), URI.create("/api/network-projects/" + project.id()));
    }

    @Get
    ProjectList list(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return new ProjectList(service.all().stream().map(this::view)
                .filter(p -> caller.has(Roles.METHODIST) || caller.schoolId().map(p.memberSchools()::contains).orElse(false))
                .toList());
    }

    @Get("/{id}")
    ProjectView find(Authentication authentication, UUID id) {
        ProjectView view = view(service.project(id));
        Caller caller = Caller.of(authentication);
        if (!caller.has(Roles.METHODIST) && !caller.schoolId().map(view.memberSchools()::contains).orElse(false)) {
            throw BusinessRuleException.notFound("Сетевой проект не найден");
        }
        return view;
    }

    @Post("/{id}/agreements")
    @Secured(Roles.METHODIST)
    HttpResponse<NetworkAgreement> sign(UUID id, @Valid @Body NetworkCommands.SignAgreement command) {
        return HttpResponse.created(service.sign(id, command));
    }

    @Post("/{id}/pool")
    @Secured(Roles.METHODIST)
    ProjectView addToPool(UUID id, @Valid @Body NetworkCommands.AddToPool command) {
        service.addToPool(id, command.mentorId());
        return view(service.project(id));
    }

    @Delete("/{id}/pool/{mentorId}")
    @Secured(Roles.METHODIST)
    ProjectView removeFromPool(UUID id, UUID mentorId) {
        service.removeFromPool(id, mentorId);
        return view(service.project(id));
    }

    private ProjectView view(NetworkProject p) {
        List<NetworkAgreement> agreements = service.agreementsOf(p.id());
        Set<String> members = service.members(p);
        List<UUID> pool = service.poolOf(p.id());
        return new ProjectView(p.id(), p.name(), p.leadSchoolId(), p.goals(), p.startsOn(), p.endsOn(),
                List.copyOf(members), agreements, pool,
                new Indicators(agreements.size(), members.size(), pool.size()));
    }

    @Serdeable
    record ProjectList(List<ProjectView> items) {
    }

    @Serdeable
    record ProjectView(UUID id, String name, String leadSchoolId, @Nullable String goals, LocalDate startsOn,
                       LocalDate endsOn, List<String> memberSchools, List<NetworkAgreement> agreements,
                       List<UUID> poolMentorIds, Indicators indicators) {
    }

    /** What the methodist reports on: agreements, member schools, mentors in the shared pool. */
    @Serdeable
    record Indicators(int agreements, int memberSchools, int poolMentors) {
    }
}
