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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.BackendException;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Pages;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * «Муниципальные наставники»: the methodist keeps the list of municipal mentors for each school
 * year and prints it for the order that approves it.
 */
@Hidden
@Controller("/municipal-list")
@Secured(Roles.METHODIST)
class MunicipalListController {

    private final MunicipalMentors list;
    private final MentorNames mentors;
    private final Catalogues catalogues;

    MunicipalListController(MunicipalMentors list, MentorNames mentors, Catalogues catalogues) {
        this.list = list;
        this.mentors = mentors;
        this.catalogues = catalogues;
    }

    /** Only mentors approved into the municipal bank are offered: the bank takes no others on the list. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String year, Authentication user,
                                           Optional<Session> session) {
        SchoolYear schoolYear = year(year);
        List<MunicipalRow> rows = MunicipalRow.of(list.of(schoolYear, user), catalogues.schools(user));
        Set<String> listed = rows.stream().map(MunicipalRow::mentorId).collect(Collectors.toSet());
        var page = Pages.page("municipal-list", "Муниципальные наставники", Map.of(
                "year", schoolYear, "years", SchoolYear.of(today()).around(), "rows", rows,
                "candidates", mentors.municipal(user).stream().filter(m -> !listed.contains(m.id())).toList()));
        page.getModel().ifPresent(model -> {
            Notices.show(session, model);
            if (year != null && !year.isBlank() && SchoolYear.parse(year).isEmpty()) {
                model.put("noticeError", "Учебный год указывается как 2026/2027; показан текущий учебный год.");
            }
        });
        return page;
    }

    /** The clean page for printing: no navigation, only the heading and the numbered table. */
    @Get(uri = "/print", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> print(@Nullable @QueryValue String year, Authentication user) {
        SchoolYear schoolYear = year(year);
        return Pages.page("municipal-list-print", "Список муниципальных наставников на " + schoolYear.label()
                + " учебный год", Map.of("year", schoolYear, "today", Dates.day(today()),
                "rows", MunicipalRow.of(list.of(schoolYear, user), catalogues.schools(user))));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@Body Change change, Authentication user, Session session) {
        SchoolYear schoolYear = year(change.year());
        if (change.mentorId() == null || change.mentorId().isBlank()) {
            Notices.failure(session, "Выберите наставника, которого нужно включить в список.");
        } else {
            try {
                list.add(schoolYear, change.mentorId(), user);
                Notices.success(session, "Наставник включён в список на " + schoolYear.label() + " учебный год.");
            } catch (BackendException.Rejected rejected) {
                Notices.failure(session, Notices.text(rejected, "Банк наставников не включил наставника в список."));
            }
        }
        return back(schoolYear);
    }

    @Post(uri = "/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(@Body Change change, Authentication user, Session session) {
        SchoolYear schoolYear = year(change.year());
        try {
            list.remove(schoolYear, change.mentorId(), user);
            Notices.success(session, "Наставник исключён из списка на " + schoolYear.label() + " учебный год.");
        } catch (BackendException.Rejected rejected) {
            Notices.failure(session, Notices.text(rejected, "Банк наставников не исключил наставника из списка."));
        }
        return back(schoolYear);
    }

    private static HttpResponse<?> back(SchoolYear year) {
        return HttpResponse.seeOther(URI.create(UriBuilder.of("/municipal-list").queryParam("year", year.label())
                .toString()));
    }

    private static SchoolYear year(@Nullable String text) {
        return SchoolYear.parse(text).orElseGet(() -> SchoolYear.of(today()));
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.zone());
    }

    @Serdeable
    record Change(@Nullable String year, @Nullable String mentorId) {
    }
}
