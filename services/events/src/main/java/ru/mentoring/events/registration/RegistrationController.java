package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.events.document.QrCodes;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applying and withdrawing, and the organiser's list. The applicant is always the token's person; a
 * curator names a member of staff or a team in the body, never another applicant.
 */
@Controller("/api/events/{eventId}/registrations")
@Secured(SecurityRule.IS_AUTHENTICATED)
class RegistrationController {

    private final RegistrationService service;

    RegistrationController(RegistrationService service) {
        this.service = service;
    }

    @Post
    HttpResponse<RegistrationView> apply(UUID eventId, @Valid @Nullable @Body ApplyCommand command,
                                         Authentication authentication) {
        Registration r = service.apply(eventId, Person.of(authentication), command == null ? ApplyCommand.SELF : command);
        return HttpResponse.created(RegistrationView.of(r, null),
                URI.create("/api/events/" + eventId + "/registrations/" + r.id()));
    }

    @Get("/me")
    RegistrationView mine(UUID eventId, Authentication authentication) {
        return service.mine(eventId, Person.of(authentication)).map(r -> RegistrationView.of(r, null))
                .orElseThrow(() -> BusinessRuleException.notFound("Вы не зарегистрированы на это мероприятие"));
    }

    /** The QR code of the caller's own confirmation, as the portal shows it. */
    @Get(value = "/me/qr.png", produces = MediaType.IMAGE_PNG)
    byte[] myQr(UUID eventId, Authentication authentication) {
        Registration r = service.mine(eventId, Person.of(authentication))
                .orElseThrow(() -> BusinessRuleException.notFound("Вы не зарегистрированы на это мероприятие"));
        return QrCodes.png(r.checkInCode());
    }

    @Delete("/me")
    HttpResponse<Void> cancel(UUID eventId, Authentication authentication) {
        service.cancelMine(eventId, Person.of(authentication));
        return HttpResponse.noContent();
    }

    /** The organiser's list: places, pending applications, the waiting list with positions, cancelled. */
    @Get
    RegistrationList list(UUID eventId, Authentication authentication) {
        List<RegistrationView> items = new ArrayList<>();
        int position = 0;
        for (Registration r : service.ofEvent(eventId, Person.of(authentication))) {
            items.add(RegistrationView.of(r, r.status() == Status.WAITLISTED ? ++position : null));
        }
        return new RegistrationList(items);
    }

    @Post("/{registrationId}/approve")
    RegistrationView approve(UUID eventId, UUID registrationId, Authentication authentication) {
        return RegistrationView.of(service.decide(eventId, registrationId, Person.of(authentication), "approve"), null);
    }

    @Post("/{registrationId}/reject")
    RegistrationView reject(UUID eventId, UUID registrationId, Authentication authentication) {
        return RegistrationView.of(service.decide(eventId, registrationId, Person.of(authentication), "reject"), null);
    }

    @Post("/{registrationId}/cancel")
    RegistrationView cancelByOrganiser(UUID eventId, UUID registrationId, Authentication authentication) {
        return RegistrationView.of(service.decide(eventId, registrationId, Person.of(authentication), "cancel"), null);
    }

    @Serdeable
    record RegistrationList(List<RegistrationView> items) {
    }
}
