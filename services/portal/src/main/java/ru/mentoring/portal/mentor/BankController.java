package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Map;

/** «Банк наставников»: the methodist's municipal bank with every profile field and search by strengths. */
@Hidden
@Controller("/bank")
@Secured(Roles.METHODIST)
class BankController {

    private final MentorBankClient bank;
    private final Catalogues catalogues;

    BankController(MentorBankClient bank, Catalogues catalogues) {
        this.bank = bank;
        this.catalogues = catalogues;
    }

    /** Every filter is read as text: a value the bank would not understand is ignored, never an error. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<BankPage>> search(@Nullable @QueryValue String strength, @Nullable @QueryValue String form,
                                        @Nullable @QueryValue String subject, @Nullable @QueryValue String kind,
                                        @Nullable @QueryValue String school, @Nullable @QueryValue String visibility,
                                        @Nullable @QueryValue String onlyFree, @Nullable @QueryValue String q,
                                        @Nullable @QueryValue String format, @Nullable @QueryValue String status) {
        var filter = BankFilter.of(strength, form, subject, kind, school, visibility, onlyFree, q, format, status);
        // every form, retired ones too, to name what mentors hold; only offered ones to filter by
        List<Catalogue.Entry> allForms = bank.wholeList(Catalogues.FORMS, true).list();
        List<Catalogue.Entry> forms = allForms.stream().filter(Catalogue.Entry::isActive).toList();
        List<Catalogue.Entry> formats = catalogues.formats();
        Schools schools = catalogues.schools();
        Map<String, String> formTitles = Catalogues.titles(allForms);
        List<BankRow> rows = filter.search(bank).stream().map(m -> BankRow.of(m, schools, formTitles)).toList();
        return Page.show(new BankPage(filter, rows,
                Option.of(catalogues.competencies(), Catalogue.Entry::title, Catalogue.Entry::title,
                        c -> c.title().equals(filter.strength())),
                Option.of(forms, Catalogue.Entry::code, Catalogue.Entry::title, f -> f.code().equals(filter.form())),
                MentorLabels.kinds(filter.kind()),
                Option.of(schools.all(), Catalogue.School::id, Catalogue.School::label,
                        s -> s.id().equals(filter.school())),
                MentorLabels.visibilities(filter.visibility()),
                Option.of(formats, Catalogue.Entry::code, Catalogue.Entry::title, f -> f.code().equals(filter.format())),
                MentorLabels.statuses(filter.status())));
    }
}
