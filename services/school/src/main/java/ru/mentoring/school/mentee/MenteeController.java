package ru.mentoring.school.mentee;

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
import jakarta.validation.constraints.NotNull;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The school's mentee base. The school is the caller's, from the token; another school's mentee
 * answers exactly like a mentee that does not exist.
 */
@Controller("/api/mentees")
@Secured(Roles.CURATOR)
class MenteeController {

    private final MenteeService service;
    private final RequestCategories categories;

    MenteeController(MenteeService service, RequestCategories categories) {
        this.service = service;
        this.categories = categories;
    }

    @Post
    HttpResponse<MenteeResponse> register(Authentication authentication, @Valid @Body SaveMenteeCommand command) {
        String school = school(authentication);
        Mentee mentee = service.register(school, command);
        return HttpResponse.created(response(school, mentee), URI.create("/api/mentees/" + mentee.id()));
    }

    @Get("/{id}")
    MenteeResponse find(Authentication authentication, UUID id) {
        String school = school(authentication);
        return service.find(school, id).map(m -> response(school, m))
                .orElseThrow(() -> BusinessRuleException.notFound("Наставляемый не найден"));
    }

    @Put("/{id}")
    MenteeResponse update(Authentication authentication, UUID id, @Valid @Body SaveMenteeCommand command) {
        String school = school(authentication);
        return response(school, service.update(school, id, command));
    }

    @Post("/{id}/status")
    MenteeResponse changeStatus(Authentication authentication, UUID id, @Valid @Body StatusChange body) {
        String school = school(authentication);
        return response(school, service.changeStatus(school, id, body.status()));
    }

    /** Filters combine; by default every mentee not archived. */
    @Get
    MenteeList list(Authentication authentication, @Nullable @QueryValue MenteeStatus status,
                    @Nullable @QueryValue MenteeKind kind, @Nullable @QueryValue String category,
                    @Nullable @QueryValue String q) {
        String school = school(authentication);
        return new MenteeList(service.search(school, status, kind, category == null || category.isBlank() ? null : category, q)
                .stream().map(m -> response(school, m)).toList());
    }

    private MenteeResponse response(String school, Mentee m) {
        return MenteeResponse.of(m, m.requestCategory() == null ? null : categories.title(school, m.requestCategory()),
                service.today().date());
    }

    private static String school(Authentication authentication) {
        return Caller.of(authentication).requireSchool();
    }

    @Serdeable
    record MenteeList(List<MenteeResponse> items) {
    }

    @Serdeable
    record StatusChange(@NotNull(message = "Укажите статус: CANDIDATE, IN_PAIR, COMPLETED или ARCHIVED") MenteeStatus status) {
    }
}
