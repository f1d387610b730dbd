package ru.mentoring.portal.municipal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.mentorbank.YearList;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.support.tenancy.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * «Муниципальные наставники»: the methodist keeps the list of municipal mentors for each school
 * year and prints it for the order that approves it.
 */
@Hidden
@Controller("/municipal-list")
@Secured(Roles.METHODIST)
class MunicipalListController {

    private final MentorBankClient bank;
    private final MentorNames mentors;
    private final Catalogues catalogues;
    private final FormFlow forms;

    MunicipalListController(MentorBankClient bank, MentorNames mentors, Catalogues catalogues, FormFlow forms) {
        this.bank = bank;
        this.mentors = mentors;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    /** Only mentors approved into the municipal bank are offered: the bank takes no others on the list. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MunicipalListPage>> page(@Nullable @QueryValue String year) {
        SchoolYear schoolYear = SchoolYear.parse(year).orElseGet(SchoolYear::current);
        List<MunicipalRow> rows = rows(schoolYear);
        Set<UUID> listed = rows.stream().map(MunicipalRow::mentorId).collect(Collectors.toSet());
        boolean unreadable = year != null && !year.isBlank() && SchoolYear.parse(year).isEmpty();
        return Page.show(new MunicipalListPage(schoolYear, schoolYear.options(), rows,
                MentorNames.options(mentors.municipal().stream().filter(m -> !listed.contains(m.id())).toList()),
                unreadable ? "Учебный год указывается как 2026/2027; показан текущий учебный год." : null));
    }

    @Get(uri = "/print", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MunicipalPrintPage>> print(@Nullable @QueryValue String year) {
        SchoolYear schoolYear = SchoolYear.parse(year).orElseGet(SchoolYear::current);
        return Page.show(new MunicipalPrintPage(schoolYear, Dates.day(LocalDate.now(Dates.zone())), rows(schoolYear)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@Body YearChange change, Session session) {
        SchoolYear year = change.schoolYear();
        return forms.act(change, session, back(year),
                c -> bank.addToMunicipalList(new YearList.Addition(year.label(), c.mentor())),
                list -> "Наставник включён в список на " + year.label() + " учебный год.");
    }

    @Post(uri = "/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(@Body YearChange change, Session session) {
        SchoolYear year = change.schoolYear();
        return forms.act(change, session, back(year),
                c -> bank.removeFromMunicipalList(year.pathSegment(), c.mentor()),
                list -> "Наставник исключён из списка на " + year.label() + " учебный год.");
    }

    private List<MunicipalRow> rows(SchoolYear year) {
        return MunicipalRow.of(bank.municipalList(year.label()).entries(), catalogues.schools());
    }

    private static String back(SchoolYear year) {
        return UriBuilder.of("/municipal-list").queryParam("year", year.label()).toString();
    }
}
