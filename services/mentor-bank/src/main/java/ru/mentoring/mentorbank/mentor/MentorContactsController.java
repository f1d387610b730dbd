package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.UUID;

/**
 * A mentor's personal contacts, which never travel with the shared profile: shown to the methodist,
 * to the mentor's own school and to the schools where the mentor is assigned (an accepted request).
 * Anyone else is told the mentor has no contacts for them, without learning why.
 */
@Controller("/api/mentors/{id}/contacts")
@Secured({Roles.METHODIST, Roles.CURATOR})
class MentorContactsController {

    private final MentorContacts contacts;

    MentorContactsController(MentorContacts contacts) {
        this.contacts = contacts;
    }

    @Get
    Contacts contacts(Authentication authentication, UUID id) {
        Mentor mentor = contacts.visibleTo(Caller.of(authentication), id)
                .orElseThrow(() -> BusinessRuleException.notFound("Контакты наставника недоступны"));
        return new Contacts(mentor.id(), mentor.fullName(), mentor.email(), mentor.phone());
    }

    @Serdeable
    record Contacts(UUID mentorId, String fullName, @Nullable String email, @Nullable String phone) {
    }
}
