package ru.mentoring.school.matching;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.UUID;

/** Questionnaire matching: the weights the curator sets and the proposals they reject. */
@Controller("/api/matching")
@Secured(Roles.CURATOR)
class MatchingController {

    private final MatchingSettings settings;

    MatchingController(MatchingSettings settings) {
        this.settings = settings;
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
    record Rejection(@NotNull(message = "Укажите наставляемого") UUID menteeId,
                     @NotNull(message = "Укажите наставника") UUID mentorId) {
    }
}
