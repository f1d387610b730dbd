package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.model.registration.RegistrationStatus;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Everyone signed in registers only themself: the person comes from the token, never from the body. */
@Controller("/api/events/{eventId}/registrations")
@Secured(SecurityRule.IS_AUTHENTICATED)
class RegistrationController {

    private final RegistrationService service;

    RegistrationController(RegistrationService service) {
        this.service = service;
    }

    @Post
    HttpResponse<RegistrationResponse> register(UUID eventId, Authentication authentication) {
        var registration = service.register(eventId, Caller.of(authentication));
        return HttpResponse.created(RegistrationResponse.of(registration),
                URI.create("/api/events/" + eventId + "/registrations/me"));
    }

    @Get("/me")
    RegistrationResponse mine(UUID eventId, Authentication authentication) {
        return service.mine(eventId, Caller.of(authentication)).map(RegistrationResponse::of)
                .orElseThrow(() -> BusinessRuleException.notFound("Вы не зарегистрированы на это мероприятие"));
    }

    @Delete("/me")
    HttpResponse<Void> cancel(UUID eventId, Authentication authentication) {
        service.cancel(eventId, Caller.of(authentication));
        return HttpResponse.noContent();
    }

    @Serdeable
    record RegistrationResponse(UUID id, UUID eventId, RegistrationStatus status, String statusTitle,
                                @Nullable String schoolId, @Nullable Instant createdAt) {
        static RegistrationResponse of(Registration r) {
            return new RegistrationResponse(r.id(), r.eventId(), r.status(), title(r.status()), r.schoolId(),
                    r.createdAt());
        }

        private static String title(RegistrationStatus status) {
            return switch (status) {
                case REGISTERED -> "Зарегистрирован";
                case WAITLISTED -> "В листе ожидания";
                case CANCELLED -> "Регистрация отменена";
            };
        }
    }
}
