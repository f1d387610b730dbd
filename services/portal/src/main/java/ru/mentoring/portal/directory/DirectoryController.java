package ru.mentoring.portal.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.school.DirectoryEntry;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorLabels;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PortalUser;
import io.micronaut.security.authentication.Authentication;
import ru.mentoring.portal.web.Page;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.UUID;

/** «Справочник наставников»: the mentors the user's school may work with, as the school service answers. */
@Hidden
@Controller("/directory")
@Secured({Roles.CURATOR, Roles.METHODIST, Roles.MENTOR})
class DirectoryController {

    private final SchoolClient school;
    private final MentorBankClient bank;
    private final Catalogues catalogues;

    DirectoryController(SchoolClient school, MentorBankClient bank, Catalogues catalogues) {
        this.school = school;
        this.bank = bank;
        this.catalogues = catalogues;
    }

    /**
     * The school service searches (Russian word forms, what matched); the bank names the forms and
     * schools, and while the bank is down the page still answers, with codes where names would be.
     */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<DirectoryPage>> directory(Authentication user, @Nullable @QueryValue String strength,
                                                @Nullable @QueryValue String form, @Nullable @QueryValue String subject,
                                                @Nullable @QueryValue String kind, @Nullable @QueryValue String onlyFree,
                                                @Nullable @QueryValue String q) {
        DirectoryFilter filter = DirectoryFilter.of(strength, form, subject, kind, onlyFree, q);
        DirectoryEntry.Answer answer = school.searchDirectory(filter.strength(), filter.form(), filter.subject(),
                filter.kind(), filter.onlyFree() ? 1 : null, filter.q());
        String viewersSchool = PortalUser.of(user).isCurator() ? PortalUser.of(user).schoolId().orElse(null) : null;
        Schools schools = catalogues.schools();
        List<Catalogue.Entry> forms = orEmpty(catalogues::forms, List.of());
        return Page.show(new DirectoryPage(answer.list().stream().map(e -> DirectoryRow.of(e, schools, viewersSchool))
                .toList(), filter,
                Option.of(forms, Catalogue.Entry::code, Catalogue.Entry::title, f -> f.code().equals(filter.form())),
                MentorLabels.kinds(filter.kind()), answer.isEveryMentor()));
    }

    private static <T> T orEmpty(java.util.function.Supplier<T> fromBank, T none) {
        try {
            return fromBank.get();
        } catch (BackendException e) {
            return none;
        }
    }

    /**
     * Contacts come from the bank itself, which shows them to the methodist, the home school and the
     * schools where the mentor is assigned; to anyone else it answers 404, and the page explains why.
     */
    @Get(uri = "/{id}/contacts", produces = MediaType.TEXT_HTML)
    @Secured({Roles.CURATOR, Roles.METHODIST})
    ModelAndView<Page<ContactsPage>> contacts(@PathVariable UUID id) {
        try {
            return Page.show(new ContactsPage(bank.contacts(id)));
        } catch (BackendException.Rejected rejected) {
            if (rejected.status() != 404) {
                throw rejected;
            }
            return Page.show(new ContactsPage(null));
        }
    }
}
