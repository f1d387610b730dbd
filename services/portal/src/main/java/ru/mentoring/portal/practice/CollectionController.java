package ru.mentoring.portal.practice;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.backend.practices.PracticesClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Typed;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** «Моя коллекция»: bookmarked practices and the printable collection built from them. */
@Hidden
@Controller("/practices/collection")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CollectionController {

    private final PracticesClient library;
    private final Catalogues catalogues;
    private final FormFlow forms;

    CollectionController(PracticesClient library, Catalogues catalogues, FormFlow forms) {
        this.library = library;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Page<CollectionPage>> show() {
        return Page.show(page(CollectionFields.empty(), FormErrors.none()));
    }

    /** Answers with the file itself; a refused form comes back filled in. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = {MediaType.TEXT_HTML, "application/pdf", PracticesClient.DOCX})
    HttpResponse<?> build(@Body CollectionFields form) {
        Schools schools = catalogues.schools();
        Map<String, String> names = schools.all().stream().collect(Collectors.toMap(Catalogue.School::id,
                Catalogue.School::label, (a, b) -> a));
        return forms.run(form, f -> library.collection(new Practices.Collection(f.title().strip(),
                        Typed.ticked(f.practices()).stream().map(Typed::id).filter(Objects::nonNull).toList(),
                        f.format(), names)),
                file -> PracticeController.passOn(file, "сборник." + form.format()),
                errors -> HttpResponse.status(HttpStatus.valueOf(errors.status())).body(Page.show(page(form, errors))));
    }

    @Post(uri = "/{id}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(@PathVariable UUID id, Session session) {
        return forms.act(session, "/practices/collection", () -> library.unbookmark(id), r -> "Практика убрана из коллекции");
    }

    private CollectionPage page(CollectionFields form, FormErrors errors) {
        Schools schools = catalogues.schools();
        List<Practices.Bookmarked> bookmarks = library.bookmarks().list();
        List<String> ticked = form.practices() == null ? List.of() : form.practices();
        var rows = bookmarks.stream().map(b -> new CollectionPage.Row(b.id().toString(), "/practices/" + b.id(), b.title(),
                schools.label(b.schoolId()) + (b.form() == null ? "" : " · " + b.form())
                        + (b.year() == null ? "" : " · " + b.year() + " г."))).toList();
        var choices = Option.of(bookmarks, b -> b.id().toString(), Practices.Bookmarked::title,
                b -> ticked.contains(b.id().toString()));
        var formats = List.of(new Option("pdf", "PDF — для печати", !"docx".equals(form.format())),
                new Option("docx", "DOCX — чтобы доработать в редакторе", "docx".equals(form.format())));
        return new CollectionPage(rows, form, errors, choices, formats);
    }
}
