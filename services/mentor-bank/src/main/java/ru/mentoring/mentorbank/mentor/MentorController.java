package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Controller("/api/mentors")
@Secured(Roles.METHODIST)
class MentorController {

    private final MentorService service;

    MentorController(MentorService service) {
        this.service = service;
    }

    @Post
    HttpResponse<MentorResponse> register(@Valid @Body RegisterMentorCommand command) {
        Mentor mentor = service.register(command);
        return HttpResponse.created(MentorResponse.of(mentor), URI.create("/api/mentors/" + mentor.id()));
    }

    @Get("/{id}")
    MentorResponse find(UUID id) {
        return service.find(id).map(MentorResponse::of)
                .orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
    }

    @Get
    MentorList list() {
        return new MentorList(service.all().stream().map(MentorResponse::of).toList());
    }

    @Serdeable
    record MentorList(List<MentorResponse> items) {
    }

    @Serdeable
    record MentorResponse(UUID id, long revision, String fullName, MentorKind kind, @Nullable String homeSchoolId,
                          @Nullable String organisation, @Nullable String position, @Nullable String email,
                          @Nullable String phone, List<String> subjects, List<String> strengths, int capacity,
                          int activeAssignments, int freeCapacity, MentorVisibility visibility,
                          @Nullable Instant createdAt) {
        static MentorResponse of(Mentor m) {
            return new MentorResponse(m.id(), m.revision(), m.fullName(), m.kind(), m.homeSchoolId(), m.organisation(),
                    m.position(), m.email(), m.phone(), m.subjects(), m.strengths(), m.capacity(),
                    m.activeAssignments(), m.capacity() - m.activeAssignments(), m.visibility(), m.createdAt());
        }
    }
}
