package ru.mentoring.events.competition;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;

/** The expert's home page: the entries waiting for their scoring sheet, and those already scored. */
@Controller("/api/me/expert-tasks")
@Secured(Roles.EXPERT)
class ExpertTasksController {

    private final CompetitionService service;

    ExpertTasksController(CompetitionService service) {
        this.service = service;
    }

    @Get
    TaskList tasks(Authentication authentication) {
        List<CompetitionService.Task> tasks = service.tasks(Person.of(authentication));
        return new TaskList(tasks, (int) tasks.stream().filter(t -> !t.done()).count());
    }

    @Serdeable
    record TaskList(List<CompetitionService.Task> items, int waiting) {
    }
}
