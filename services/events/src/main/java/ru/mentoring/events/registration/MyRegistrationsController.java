package ru.mentoring.events.registration;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.events.event.EventView;
import ru.mentoring.events.support.Person;

import java.time.Clock;
import java.util.List;

/** «Мои заявки»: what the signed-in person applied for (also for staff and teams) and where they hold a place. */
@Controller("/api/me/registrations")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MyRegistrationsController {

    private final RegistrationService service;
    private final Clock clock;

    MyRegistrationsController(RegistrationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Get
    MyList mine(Authentication authentication) {
        var now = clock.instant();
        return new MyList(service.myRegistrations(Person.of(authentication)).stream()
                .map(m -> new MyItem(RegistrationView.of(m.registration(), null), EventView.of(m.event(), now, false)))
                .toList());
    }

    @Serdeable
    record MyList(List<MyItem> items) {
    }

    @Serdeable
    record MyItem(RegistrationView registration, EventView event) {
    }
}
