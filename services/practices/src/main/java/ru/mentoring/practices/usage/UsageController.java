package ru.mentoring.practices.usage;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.UUID;

/** A curator says their school uses (or no longer uses) a published practice. */
@Controller("/api/practices/{id}/usage")
@Secured(Roles.CURATOR)
class UsageController {

    private final UsageService service;

    UsageController(UsageService service) {
        this.service = service;
    }

    @Put
    Schools use(UUID id, Authentication authentication) {
        return new Schools(service.mark(id, true, Actor.of(authentication)));
    }

    @Delete
    Schools stop(UUID id, Authentication authentication) {
        return new Schools(service.mark(id, false, Actor.of(authentication)));
    }

    @Serdeable
    record Schools(List<String> schoolIds) {
    }
}
