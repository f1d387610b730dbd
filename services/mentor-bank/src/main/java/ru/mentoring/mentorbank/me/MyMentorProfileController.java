package ru.mentoring.mentorbank.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.UUID;

/**
 * A mentor keeps the parts of their own profile that are theirs to say (strengths, time, interests,
 * preferred age, achievements) and sees which schools use them.
 */
@Controller("/api/me/mentor-profile")
@Secured(Roles.MENTOR)
class MyMentorProfileController {

    private final MyMentorProfile profiles;

    MyMentorProfileController(MyMentorProfile profiles) {
        this.profiles = profiles;
    }

    @Get
    MyProfile get(Authentication authentication) {
        return view(profiles.of(Caller.of(authentication)));
    }

    @Put
    MyProfile update(Authentication authentication, @Valid @Body OwnPart body) {
        return view(profiles.update(Caller.of(authentication), body));
    }

    private MyProfile view(Mentor m) {
        return new MyProfile(m.id(), m.fullName(), m.kind().name(), m.homeSchoolId(), m.strengths(), m.timeAvailable(),
                m.interests(), m.preferredMenteeAge(), m.achievements(), m.capacity(), m.activeAssignments(),
                m.freeCapacity(), m.visibility().name(), profiles.usedBy(m));
    }

    @Serdeable
    record OwnPart(@Nullable List<@NotBlank(message = "Сильная сторона не может быть пустой") String> strengths,
                   @Nullable @Size(max = 500, message = "Время для наставничества: не длиннее 500 символов") String timeAvailable,
                   @Nullable @Size(max = 2000, message = "Интересы: не длиннее 2000 символов") String interests,
                   @Nullable @Size(max = 200, message = "Желаемый возраст наставляемых: не длиннее 200 символов") String preferredMenteeAge,
                   @Nullable @Size(max = 4000, message = "Достижения: не длиннее 4000 символов") String achievements) {
    }

    @Serdeable
    record MyProfile(UUID id, String fullName, String kind, @Nullable String homeSchoolId, List<String> strengths,
                     @Nullable String timeAvailable, @Nullable String interests, @Nullable String preferredMenteeAge,
                     @Nullable String achievements, int capacity, int activeAssignments, int freeCapacity,
                     String visibility, List<String> usedBySchools) {
    }
}
