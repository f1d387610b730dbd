package ru.mentoring.mentorbank.school;

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

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

@Controller("/api/schools")
@Secured(SecurityRule.IS_AUTHENTICATED)
class SchoolController {

    private final Schools schools;

    SchoolController(Schools schools) {
        this.schools = schools;
    }

    @Get
    SchoolList list() {
        return new SchoolList(schools.all().stream().map(SchoolView::of).toList());
    }

    @Post
    @Secured({Roles.METHODIST, Roles.ADMIN})
    HttpResponse<SchoolView> register(@Valid @Body NewSchool school) {
        return HttpResponse.created(SchoolView.of(schools.register(school.id(), school.name(), school.shortName())));
    }

    @Serdeable
    record SchoolList(List<SchoolView> items) {
    }

    /** {@code displayName}: how every page names the school («СОШ №&nbsp;1»). */
    @Serdeable
    record SchoolView(String id, String name, String shortName, String displayName, @Nullable Instant createdAt) {
        static SchoolView of(School s) {
            return new SchoolView(s.id(), s.name(), s.shortName(), s.displayName(), s.createdAt());
        }
    }

    @Serdeable
    record NewSchool(
            @NotBlank(message = "Укажите код школы") @Pattern(regexp = "[0-9A-Za-z_-]{1,20}",
                    message = "Код школы: до 20 латинских букв, цифр, - и _") String id,
            @NotBlank(message = "Укажите полное название школы") String name,
            @NotBlank(message = "Укажите краткое название школы") String shortName) {
    }
}
