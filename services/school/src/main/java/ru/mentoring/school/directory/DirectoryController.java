package ru.mentoring.school.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;

/** Served from the local read model: the directory answers while the mentor bank is down. */
@Controller("/api/directory/mentors")
@Secured({Roles.CURATOR, Roles.METHODIST, Roles.MENTOR})
class DirectoryController {

    private final DirectoryQueries queries;

    DirectoryController(DirectoryQueries queries) {
        this.queries = queries;
    }

    @Get
    DirectoryPage list(Authentication authentication, @Nullable @QueryValue String q) {
        Caller caller = Caller.of(authentication);
        if (caller.schoolId().isEmpty() && caller.has(Roles.METHODIST)) {
            return new DirectoryPage(queries.everything(q));
        }
        return new DirectoryPage(queries.visibleTo(caller.requireSchool(), q));
    }

    @Serdeable
    record DirectoryPage(List<DirectoryMentor> items) {
    }
}
