package ru.mentoring.school.mentee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import java.util.UUID;

/**
 * The school's mentee base. The school is the caller's, from the token; another school's mentee
 * answers exactly like a mentee that does not exist.
 */
@Controller("/api/mentees")
@Secured(Roles.CURATOR)
class MenteeController {

    private final MenteeService service;

    MenteeController(MenteeService service) {
        this.service = service;
    }

    @Post
    HttpResponse<MenteeResponse> register(Authentication authentication, @Valid @Body RegisterMenteeCommand command) {
        Mentee mentee = service.register(Caller.of(authentication).requireSchool(), command);
        return HttpResponse.created(MenteeResponse.of(mentee), URI.create("/api/mentees/" + mentee.id()));
    }

    @Get("/{id}")
    MenteeResponse find(Authentication authentication, UUID id) {
        return service.find(Caller.of(authentication).requireSchool(), id).map(MenteeResponse::of)
                .orElseThrow(() -> BusinessRuleException.notFound("Наставляемый не найден"));
    }

    @Get
    MenteeList list(Authentication authentication) {
        return new MenteeList(service.all(Caller.of(authentication).requireSchool()).stream()
                .map(MenteeResponse::of).toList());
    }

    @Serdeable
    record MenteeList(List<MenteeResponse> items) {
    }

    @Serdeable
    record MenteeResponse(UUID id, String schoolId, String fullName, MenteeKind kind, @Nullable String grade,
                          @Nullable String request, @Nullable LocalDate enteredAt) {
        static MenteeResponse of(Mentee m) {
            return new MenteeResponse(m.id(), m.schoolId(), m.fullName(), m.kind(), m.grade(), m.request(),
                    m.enteredAt());
        }
    }
}
