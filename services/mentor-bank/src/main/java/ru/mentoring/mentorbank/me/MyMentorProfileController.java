package ru.mentoring.mentorbank.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jooq.DSLContext;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;
import ru.mentoring.mentorbank.mentor.MentorRepository;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;
import java.util.UUID;

/**
 * A mentor keeps the parts of their own profile that are theirs to say (strengths, time, interests,
 * preferred age, achievements) and sees which schools use them. The login is linked to the profile
 * by the e-mail Keycloak verified.
 */
@Controller("/api/me/mentor-profile")
@Secured(Roles.MENTOR)
class MyMentorProfileController {

    private final MentorRepository mentors;
    private final MentorService service;
    private final DSLContext sql;

    MyMentorProfileController(MentorRepository mentors, MentorService service, DSLContext sql) {
        this.mentors = mentors;
        this.service = service;
        this.sql = sql;
    }

    @Get
    @Transactional(readOnly = true)
    MyProfile get(Authentication authentication) {
        return view(own(Caller.of(authentication)));
    }

    @Put
    MyProfile update(Authentication authentication, @Valid @Body OwnPart body) {
        Mentor m = transactionalOwn(Caller.of(authentication));
        service.update(m.id(), new MentorProfileCommand(m.fullName(), m.kind(), m.capacity(), m.homeSchoolId(),
                m.organisation(), m.position(), m.email(), m.phone(), m.birthDate(), m.subjects(),
                body.strengths() == null ? m.strengths() : body.strengths(), m.forms(), m.qualificationCategory(),
                m.experienceYears(), body.timeAvailable(), body.interests(), body.preferredMenteeAge(),
                body.achievements(), m.trainingCompleted(), m.associationMember(), m.visibility()));
        return get(authentication);
    }

    @Transactional(readOnly = true)
    Mentor transactionalOwn(Caller caller) {
        return own(caller);
    }

    private Mentor own(Caller caller) {
        String email = caller.email().orElseThrow(() -> notLinked());
        return sql.fetchOptional("select id from mentor where lower(email) = lower(?) limit 1", email)
                .flatMap(r -> mentors.findById(r.get(0, UUID.class)))
                .orElseThrow(MyMentorProfileController::notLinked);
    }

    private MyProfile view(Mentor m) {
        List<String> usedBy = sql.fetch("""
                select distinct requesting_school_id from mentor_request where mentor_id = ? and status = 'ACCEPTED'
                order by 1""", m.id()).getValues(0, String.class);
        return new MyProfile(m.id(), m.fullName(), m.kind().name(), m.homeSchoolId(), m.strengths(), m.timeAvailable(),
                m.interests(), m.preferredMenteeAge(), m.achievements(), m.capacity(), m.activeAssignments(),
                m.freeCapacity(), m.visibility().name(), usedBy);
    }

    private static io.micronaut.http.exceptions.HttpStatusException notLinked() {
        return BusinessRuleException.notFound("Профиль наставника с вашим e-mail не найден в банке наставников");
    }

    @Serdeable
    record OwnPart(@Nullable List<@NotBlank String> strengths, @Nullable @Size(max = 500) String timeAvailable,
                   @Nullable @Size(max = 2000) String interests, @Nullable @Size(max = 200) String preferredMenteeAge,
                   @Nullable @Size(max = 4000) String achievements) {
    }

    @Serdeable
    record MyProfile(UUID id, String fullName, String kind, @Nullable String homeSchoolId, List<String> strengths,
                     @Nullable String timeAvailable, @Nullable String interests, @Nullable String preferredMenteeAge,
                     @Nullable String achievements, int capacity, int activeAssignments, int freeCapacity,
                     String visibility, List<String> usedBySchools) {
    }
}
