package ru.mentoring.portal.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.school.Programmes;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.time.Today;

import java.util.List;
import java.util.TreeSet;

/**
 * The school's documents: the assignment order and the order on results of a school year, to print (PDF) or
 * to edit and sign (DOCX).
 */
@Hidden
@Controller("/documents")
@Secured(Roles.CURATOR)
class DocumentsController {

    private final SchoolClient school;
    private final Today today;

    DocumentsController(SchoolClient school, Today today) {
        this.school = school;
        this.today = today;
    }

    /** {@code year} as 2026/2027; the current school year when absent or unreadable. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<DocumentsPage>> documents(@Nullable @QueryValue String year) {
        String chosen = year(year);
        TreeSet<String> years = new TreeSet<>(school.programmes().list().stream().map(Programmes.Entry::schoolYear)
                .toList());
        years.add(today.schoolYear());
        years.add(chosen);
        return Page.show(DocumentsPage.of(chosen, List.copyOf(years.descendingSet()), school.pairs(null).list()));
    }

    @Get(uri = "/assignment-order", produces = {SchoolClient.PDF, SchoolClient.DOCX, MediaType.TEXT_HTML})
    HttpResponse<byte[]> assignmentOrder(@Nullable @QueryValue String year, @Nullable @QueryValue String format) {
        String chosen = Downloads.format(format);
        return Downloads.handOn(school.assignmentOrder(year(year), chosen),
                "docx".equals(chosen) ? SchoolClient.DOCX : SchoolClient.PDF, "order." + chosen);
    }

    /** The order on results of a school year: its completed and terminated pairs, their results and decisions. */
    @Get(uri = "/results-order", produces = {SchoolClient.PDF, SchoolClient.DOCX, MediaType.TEXT_HTML})
    HttpResponse<byte[]> resultsOrder(@Nullable @QueryValue String year, @Nullable @QueryValue String format) {
        String chosen = Downloads.format(format);
        return Downloads.handOn(school.resultsOrder(year(year), chosen),
                "docx".equals(chosen) ? SchoolClient.DOCX : SchoolClient.PDF, "results-order." + chosen);
    }

    private String year(@Nullable String asked) {
        String y = asked == null ? "" : asked.replaceAll("\\s", "");
        if (y.matches("\\d{4}/\\d{4}") && Integer.parseInt(y.substring(5)) == Integer.parseInt(y.substring(0, 4)) + 1) {
            return y;
        }
        return today.schoolYear();
    }
}
