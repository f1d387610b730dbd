package ru.mentoring.mentorbank.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorStatus;
import ru.mentoring.mentorbank.yearlist.MunicipalReconfirmation;
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
    private final MunicipalReconfirmation reconfirmation;

    MyMentorProfileController(MyMentorProfile profiles, MunicipalReconfirmation reconfirmation) {
        this.profiles = profiles;
        this.reconfirmation = reconfirmation;
    }

    /** Whether the mentor is asked to confirm they carry on as a municipal mentor next school year. */
    @Get("/municipal-confirmation")
    MunicipalReconfirmation.Question municipalConfirmation(Authentication authentication) {
        return reconfirmation.question(profiles.of(Caller.of(authentication)));
    }

    @Post("/municipal-confirmation")
    MunicipalReconfirmation.Question answerMunicipalConfirmation(Authentication authentication,
                                                                 @Valid @Body ConfirmationAnswer body) {
        return reconfirmation.answer(profiles.of(Caller.of(authentication)), body.year().strip(), body.carriesOn());
    }

    @Serdeable
    record ConfirmationAnswer(@NotBlank(message = "Укажите учебный год") String year,
                              @jakarta.validation.constraints.NotNull(message = "Ответьте, продолжаете ли вы") Boolean carriesOn) {
    }

    @Get
    MyProfile get(Authentication authentication) {
        return view(profiles.of(Caller.of(authentication)));
    }

    @Put
    MyProfile update(Authentication authentication, @Valid @Body OwnPart body) {
        return view(profiles.update(Caller.of(authentication), body));
    }

    @Post("/pause")
    MyProfile pause(Authentication authentication, @Nullable @Body StatusChange body) {
        return view(profiles.changeStatus(Caller.of(authentication), MentorStatus.PAUSED, body == null ? null : body.reason()));
    }

    @Post("/leave")
    MyProfile leave(Authentication authentication, @Nullable @Body StatusChange body) {
        return view(profiles.changeStatus(Caller.of(authentication), MentorStatus.LEFT, body == null ? null : body.reason()));
    }

    @Post("/resume")
    MyProfile resume(Authentication authentication) {
        return view(profiles.changeStatus(Caller.of(authentication), MentorStatus.ACTIVE, null));
    }

    private MyProfile view(Mentor m) {
        return new MyProfile(m.id(), m.fullName(), m.kind().name(), m.homeSchoolId(), m.strengths(), m.timeAvailable(),
                m.interests(), m.preferredMenteeAge(), m.achievements(), m.capacity(), m.activeAssignments(),
                m.freeCapacity(), m.visibility().name(), profiles.usedBy(m), m.ownStrengths(), m.status().name(),
                m.statusReason());
    }

    @Serdeable
    record StatusChange(@Nullable @Size(max = 1000, message = "Причина: не длиннее 1000 символов") String reason) {
    }

    /** {@code ownStrengths} left out keep the mentor's own phrases as they are. */
    @Serdeable
    record OwnPart(@Nullable List<@NotBlank(message = "Сильная сторона не может быть пустой") String> strengths,
                   @Nullable @Size(max = 500, message = "Время для наставничества: не длиннее 500 символов") String timeAvailable,
                   @Nullable @Size(max = 2000, message = "Интересы: не длиннее 2000 символов") String interests,
                   @Nullable @Size(max = 200, message = "Желаемый возраст наставляемых: не длиннее 200 символов") String preferredMenteeAge,
                   @Nullable @Size(max = 4000, message = "Достижения: не длиннее 4000 символов") String achievements,
                   @Nullable List<@NotBlank(message = "Сильная сторона не может быть пустой")
                           @Size(max = 200, message = "Сильная сторона своими словами: не длиннее 200 символов") String> ownStrengths) {
    }

    @Serdeable
    record MyProfile(UUID id, String fullName, String kind, @Nullable String homeSchoolId, List<String> strengths,
                     @Nullable String timeAvailable, @Nullable String interests, @Nullable String preferredMenteeAge,
                     @Nullable String achievements, int capacity, int activeAssignments, int freeCapacity,
                     String visibility, List<String> usedBySchools, List<String> ownStrengths, String status,
                     @Nullable String statusReason) {
    }
}
