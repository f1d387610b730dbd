package ru.mentoring.mentorbank.catalogue;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;

@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CatalogueController {

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get("/competencies")
    EntryList competencies() {
        return new EntryList(catalogue.competencies());
    }

    @Get("/forms")
    EntryList forms() {
        return new EntryList(catalogue.forms());
    }

    @Post("/competencies")
    @Secured(Roles.METHODIST)
    HttpResponse<Catalogue.Entry> add(@Valid @Body NewCompetency competency) {
        return HttpResponse.created(catalogue.addCompetency(competency.code(), competency.title().strip()));
    }

    @Serdeable
    record EntryList(List<Catalogue.Entry> items) {
    }

    @Serdeable
    record NewCompetency(
            @NotBlank(message = "Укажите код компетенции") @Pattern(regexp = "[a-z0-9_]{2,40}",
                    message = "Код компетенции: латинские строчные буквы, цифры и _") String code,
            @NotBlank(message = "Укажите название компетенции") String title) {
    }
}
