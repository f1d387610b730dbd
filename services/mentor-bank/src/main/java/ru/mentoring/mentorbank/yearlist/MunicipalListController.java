package ru.mentoring.mentorbank.yearlist;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.UUID;

/** The yearly list of municipal mentors (муниципальные наставники), kept per school year. */
@Controller("/api/municipal-mentors")
@Secured(Roles.METHODIST)
class MunicipalListController {

    private static final String YEAR = "[0-9]{4}/[0-9]{4}";
    private static final String YEAR_MESSAGE = "Учебный год указывается как 2026/2027";

    private final MunicipalList list;
    private final MunicipalReconfirmation reconfirmation;

    MunicipalListController(MunicipalList list, MunicipalReconfirmation reconfirmation) {
        this.list = list;
        this.reconfirmation = reconfirmation;
    }

    /** The year's re-confirmation: last year's municipal mentors, their answers, who is on the list. */
    @Get("/reconfirmation")
    MunicipalReconfirmation.Round reconfirmation(@io.micronaut.core.annotation.Nullable @QueryValue String year) {
        return reconfirmation.round(year == null || year.isBlank() ? reconfirmation.comingYear() : checkedYear(year));
    }

    /** Puts the chosen mentors (none chosen: everyone who said they carry on) on the year's list. */
    @Post("/reconfirmation")
    MunicipalReconfirmation.Round reconfirm(@Valid @Body Reconfirm body) {
        return reconfirmation.confirm(checkedYear(body.year()), body.mentorIds());
    }

    @Serdeable
    record Reconfirm(@NotNull(message = "Укажите учебный год") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year,
                     @io.micronaut.core.annotation.Nullable java.util.List<UUID> mentorIds) {
    }

    @Get
    MunicipalList.YearList get(@QueryValue String year) {
        return list.of(checkedYear(year));
    }

    @Post
    HttpResponse<MunicipalList.YearList> add(@Valid @Body Addition body) {
        list.add(checkedYear(body.year()), body.mentorId());
        return HttpResponse.created(list.of(body.year()));
    }

    /** The year travels in the path as 2026-2027: a slash cannot. */
    @Delete("/{year}/{mentorId}")
    MunicipalList.YearList remove(String year, UUID mentorId) {
        String schoolYear = checkedYear(year.replace('-', '/'));
        list.remove(schoolYear, mentorId);
        return list.of(schoolYear);
    }

    private static String checkedYear(String year) {
        String y = year == null ? "" : year.strip();
        if (!y.matches(YEAR) || Integer.parseInt(y.substring(5)) != Integer.parseInt(y.substring(0, 4)) + 1) {
            throw new BusinessRuleException(YEAR_MESSAGE);
        }
        return y;
    }

    @Serdeable
    record Addition(@NotNull(message = "Укажите учебный год") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year,
                    @NotNull(message = "Укажите наставника") UUID mentorId) {
    }
}
