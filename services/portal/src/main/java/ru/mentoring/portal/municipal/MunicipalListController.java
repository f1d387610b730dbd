package ru.mentoring.portal.municipal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
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
import ru.mentoring.portal.backend.mentorbank.Reconfirmation;
import ru.mentoring.portal.web.ConfirmPage;
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

    /** Taking a mentor off the year's list is asked about first. */
    @Get(uri = "/remove", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ConfirmPage>> confirmRemove(@Nullable @QueryValue String year, @Nullable @QueryValue String mentorId) {
        SchoolYear schoolYear = SchoolYear.parse(year).orElseGet(SchoolYear::current);
        MunicipalRow row = rows(schoolYear).stream().filter(r -> r.mentorId().toString().equals(mentorId)).findFirst()
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "Наставника нет в этом списке"));
        return Page.show(ConfirmPage.of("Исключить из списка", "Исключить наставника из списка муниципальных наставников на "
                        + schoolYear.label() + " учебный год?", List.of(row.fullName() + ", " + row.workplace(),
                        "Наставник останется в банке наставников; вернуть его в список можно в любой момент."),
                "/municipal-list/remove", "Исключить из списка", back(schoolYear))
                .sending("year", schoolYear.label()).sending("mentorId", row.mentorId().toString()));
    }

    @Post(uri = "/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(@Body YearChange change, Session session) {
        SchoolYear year = change.schoolYear();
        return forms.act(change, session, back(year),
                c -> bank.removeFromMunicipalList(year.pathSegment(), c.mentor()),
                list -> "Наставник исключён из списка на " + year.label() + " учебный год.");
    }

    /** The coming year's re-confirmation: last year's mentors, their answers, who is on the new list. */
    @Get(uri = "/reconfirmation", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ReconfirmationPage>> reconfirmation() {
        Reconfirmation round = bank.reconfirmation(null);
        return Page.show(ReconfirmationPage.of(round, catalogues.schools()));
    }

    /** With a mentor: that one; without: everyone who said they carry on. */
    @Post(uri = "/reconfirmation", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reconfirm(@Body ReconfirmForm form, Session session) {
        return forms.act(form, session, "/municipal-list/reconfirmation",
                f -> bank.reconfirm(new Reconfirmation.Confirm(f.year().strip(),
                        f.mentor() == null ? null : List.of(f.mentor()))),
                round -> "Список на " + round.year() + " учебный год обновлён.");
    }

    private List<MunicipalRow> rows(SchoolYear year) {
        return MunicipalRow.of(bank.municipalList(year.label()).entries(), catalogues.schools());
    }

    private static String back(SchoolYear year) {
        return UriBuilder.of("/municipal-list").queryParam("year", year.label()).toString();
    }
}
