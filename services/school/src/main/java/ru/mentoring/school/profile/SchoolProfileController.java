package ru.mentoring.school.profile;

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
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

@Controller("/api/school-profile")
@Secured(Roles.CURATOR)
class SchoolProfileController {

    private final SchoolProfiles profiles;

    SchoolProfileController(SchoolProfiles profiles) {
        this.profiles = profiles;
    }

    @Get
    SchoolProfile get(Authentication authentication) {
        return profiles.of(Caller.of(authentication).requireSchool());
    }

    @Put
    SchoolProfile save(Authentication authentication, @Valid @Body SaveProfile body) {
        return profiles.save(Caller.of(authentication).requireSchool(), body);
    }

    @Serdeable
    record SaveProfile(
            @NotBlank(message = "Укажите полное название школы") @Size(max = 500, message = "Полное название не длиннее 500 символов") String fullName,
            @NotBlank(message = "Укажите краткое название школы") @Size(max = 200, message = "Краткое название не длиннее 200 символов") String shortName,
            @Nullable @Size(max = 200, message = "ФИО директора не длиннее 200 символов") String directorName,
            @Nullable @Size(max = 500, message = "Адрес не длиннее 500 символов") String address) {
    }
}
