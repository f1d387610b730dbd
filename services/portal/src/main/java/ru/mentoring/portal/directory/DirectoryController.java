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
import ru.mentoring.portal.backend.school.SchoolClient;
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

    DirectoryController(SchoolClient school, MentorBankClient bank) {
        this.school = school;
        this.bank = bank;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<DirectoryPage>> directory(@Nullable @QueryValue String q) {
        List<DirectoryRow> all = school.directory(null).list().stream().map(DirectoryRow::of).toList();
        List<DirectoryRow> shown = all.stream().filter(row -> row.matches(q)).toList();
        return Page.show(new DirectoryPage(shown, all.size(), q == null ? "" : q));
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
