package ru.mentoring.events.registration;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.events.support.Person;

/** The check-in screen's one action: mark an arrival by the QR code's text or by a name picked from the list. */
@Controller("/api/events/{eventId}/check-ins")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CheckInController {

    private final RegistrationService service;

    CheckInController(RegistrationService service) {
        this.service = service;
    }

    @Post
    CheckInView checkIn(java.util.UUID eventId, @Valid @Body CheckInCommand command, Authentication authentication) {
        RegistrationService.CheckIn done = service.checkIn(eventId, Person.of(authentication), command);
        Registration r = done.registration();
        return new CheckInView(RegistrationView.of(r, null), done.already(),
                done.already() ? "«" + r.participantName() + "» уже отмечен(а)" : "Отмечено прибытие: «" + r.participantName() + "»");
    }

    @Serdeable
    record CheckInView(RegistrationView registration, boolean already, String message) {
    }
}
