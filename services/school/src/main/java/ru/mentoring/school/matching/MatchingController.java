package ru.mentoring.school.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Questionnaire matching: proposals and candidates explained, the weights the curator sets, rejections. */
@Controller("/api/matching")
@Secured(Roles.CURATOR)
class MatchingController {

    private static final String CANDIDATES = "Число наставников в подборке — от 1 до 50";

    private final MatchingSettings settings;
    private final MatchingProposals proposals;

    MatchingController(MatchingSettings settings, MatchingProposals proposals) {
        this.settings = settings;
        this.proposals = proposals;
    }

    /** The best assignment of the mentees asked (none: every candidate with consent) under the mentors' seats. */
    @Post("/proposals")
    MatchingProposals.Proposals propose(Authentication authentication, @Nullable @Body Ask body) {
        List<UUID> asked = body == null || body.menteeIds() == null ? List.of() : body.menteeIds();
        return proposals.cohort(school(authentication), asked);
    }

    /** The best mentors for one mentee, each score explained. */
    @Get("/candidates{?menteeId,n}")
    Map<String, List<MatchingProposals.Candidate>> candidates(Authentication authentication,
            @Nullable @QueryValue @NotNull(message = "Укажите наставляемого") UUID menteeId,
            @QueryValue(defaultValue = "10") @Min(value = 1, message = CANDIDATES) @Max(value = 50, message = CANDIDATES) int n) {
        return Map.of("items", proposals.candidates(school(authentication), menteeId, n));
    }

    @Get("/weights")
    Weights weights(Authentication authentication) {
        return Weights.of(settings.weights(school(authentication)));
    }

    @Put("/weights")
    Weights saveWeights(Authentication authentication, @Valid @Body Weights body) {
        return Weights.of(settings.saveWeights(school(authentication), body));
    }

    @Post("/rejections")
    HttpResponse<Void> reject(Authentication authentication, @Valid @Body Rejection body) {
        settings.reject(school(authentication), body.menteeId(), body.mentorId());
        return HttpResponse.noContent();
    }

    private static String school(Authentication authentication) {
        return Caller.of(authentication).requireSchool();
    }

    @Serdeable
    record Weights(@NotNull(message = "Укажите вес совпадения сильных сторон с запросом") @Min(value = 0, message = WEIGHT) @Max(value = 100, message = WEIGHT) Integer strengths,
                   @NotNull(message = "Укажите вес формы наставничества") @Min(value = 0, message = WEIGHT) @Max(value = 100, message = WEIGHT) Integer form,
                   @NotNull(message = "Укажите вес предмета") @Min(value = 0, message = WEIGHT) @Max(value = 100, message = WEIGHT) Integer subject,
                   @NotNull(message = "Укажите вес желаемого возраста") @Min(value = 0, message = WEIGHT) @Max(value = 100, message = WEIGHT) Integer age,
                   @NotNull(message = "Укажите вес свободного времени") @Min(value = 0, message = WEIGHT) @Max(value = 100, message = WEIGHT) Integer time,
                   @NotNull(message = "Укажите вес свободных мест") @Min(value = 0, message = WEIGHT) @Max(value = 100, message = WEIGHT) Integer capacity,
                   @NotNull(message = "Укажите вес наставника своей школы") @Min(value = 0, message = WEIGHT) @Max(value = 100, message = WEIGHT) Integer ownSchool) {

        static final String WEIGHT = "Вес — целое число от 0 до 100";

        static Weights of(MatchingWeights w) {
            return new Weights(w.strengths(), w.form(), w.subject(), w.age(), w.timeSlots(), w.capacity(), w.ownSchool());
        }
    }

    @Serdeable
    record Ask(@Nullable @Size(max = 5000, message = "Не больше 5000 наставляемых за один подбор") List<UUID> menteeIds) {
    }

    @Serdeable
    record Rejection(@NotNull(message = "Укажите наставляемого") UUID menteeId,
                     @NotNull(message = "Укажите наставника") UUID mentorId) {
    }
}
