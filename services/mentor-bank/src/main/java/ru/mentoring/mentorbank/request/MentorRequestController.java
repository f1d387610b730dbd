package ru.mentoring.mentorbank.request;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/mentor-requests")
@Secured({Roles.METHODIST, Roles.CURATOR, Roles.MENTOR})
class MentorRequestController {

    private final MentorRequestService service;

    MentorRequestController(MentorRequestService service) {
        this.service = service;
    }

    @Post
    @Secured(Roles.CURATOR)
    HttpResponse<MentorRequest> request(Authentication authentication, @Valid @Body NewRequest body) {
        MentorRequest request = service.request(Caller.of(authentication), body.mentorId(), body.need());
        return HttpResponse.created(request, URI.create("/api/mentor-requests/" + request.id()));
    }

    @Get
    RequestList list(Authentication authentication) {
        return new RequestList(service.visibleTo(Caller.of(authentication)));
    }

    @Post("/{id}/accept")
    @Secured({Roles.METHODIST, Roles.MENTOR})
    MentorRequest accept(Authentication authentication, UUID id) {
        return service.accept(Caller.of(authentication), id);
    }

    @Post("/{id}/decline")
    @Secured({Roles.METHODIST, Roles.MENTOR})
    MentorRequest decline(Authentication authentication, UUID id, @Valid @Body Decline body) {
        return service.decline(Caller.of(authentication), id, body.reason());
    }

    @Serdeable
    record NewRequest(@NotNull(message = "Укажите наставника") UUID mentorId,
                      @NotBlank(message = "Опишите, для какой задачи нужен наставник")
                      @Size(max = 2000, message = "Описание задачи не длиннее 2000 символов") String need) {
    }

    @Serdeable
    record Decline(@NotBlank(message = "Укажите причину отказа") @Size(max = 2000) String reason) {
    }

    @Serdeable
    record RequestList(List<MentorRequest> items) {
    }
}
