package ru.mentoring.mentorbank.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;

/** The methodist's list of schools' phrases that match no competency yet, and the two ways to settle one. */
@Controller("/api/own-strengths")
@Secured(Roles.METHODIST)
class OwnStrengthController {

    private final OwnStrengthList list;

    OwnStrengthController(OwnStrengthList list) {
        this.list = list;
    }

    @Get
    PhraseList phrases() {
        return new PhraseList(list.phrases());
    }

    @Post("/map")
    OwnStrengthList.Outcome map(@Valid @Body Mapping body) {
        return list.map(body.phrase(), body.competencyCode());
    }

    @Post("/add-to-catalogue")
    OwnStrengthList.Outcome addToCatalogue(@Valid @Body Addition body) {
        return list.addToCatalogue(body.phrase(), body.title());
    }

    @Serdeable
    record PhraseList(List<OwnStrengthList.Phrase> items) {
    }

    @Serdeable
    record Mapping(@NotBlank(message = "Укажите формулировку") String phrase,
                   @NotBlank(message = "Выберите компетенцию из справочника") String competencyCode) {
    }

    @Serdeable
    record Addition(@NotBlank(message = "Укажите формулировку") String phrase,
                    @Nullable @Size(max = 200, message = "Название не длиннее 200 символов") String title) {
    }
}
