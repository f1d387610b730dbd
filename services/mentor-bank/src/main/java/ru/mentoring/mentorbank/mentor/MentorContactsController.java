package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import org.jooq.DSLContext;
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

    private final MentorRepository mentors;
    private final DSLContext sql;

    MentorContactsController(MentorRepository mentors, DSLContext sql) {
        this.mentors = mentors;
        this.sql = sql;
    }

    @Get
    @Transactional(readOnly = true)
    Contacts contacts(Authentication authentication, UUID id) {
        Caller caller = Caller.of(authentication);
        Mentor mentor = mentors.findById(id).filter(m -> maySee(caller, m))
                .orElseThrow(() -> BusinessRuleException.notFound("Контакты наставника недоступны"));
        return new Contacts(mentor.id(), mentor.fullName(), mentor.email(), mentor.phone());
    }

    private boolean maySee(Caller caller, Mentor mentor) {
        if (caller.has(Roles.METHODIST)) {
            return true;
        }
        String school = caller.schoolId().orElse(null);
        if (school == null) {
            return false;
        }
        return school.equals(mentor.homeSchoolId()) || sql.fetchOptional("""
                select 1 from mentor_request where mentor_id = ? and requesting_school_id = ? and status = 'ACCEPTED'
                limit 1""", mentor.id(), school).isPresent();
    }

    @Serdeable
    record Contacts(UUID mentorId, String fullName, @Nullable String email, @Nullable String phone) {
    }
}
