package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.documents.Downloads;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;

import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.util.Optional;

/**
 * The mentee base to and from Excel in the target model's columns. An import is always previewed first:
 * the school service reads the sheet without writing, the curator sees each row's fate, and only the
 * confirmation writes the very sheet previewed.
 */
@Hidden
@Controller("/mentees")
@Secured(Roles.CURATOR)
class MenteeSheetController {

    private final SchoolClient school;
    private final FormFlow forms;

    MenteeSheetController(SchoolClient school, FormFlow forms) {
        this.school = school;
        this.forms = forms;
    }

    /** Declared as producing HTML too, so a browser's Accept never sends it to {@code /mentees/{id}}. */
    @Get(uri = "/export.xlsx", produces = {SchoolClient.XLSX, MediaType.TEXT_HTML})
    HttpResponse<byte[]> export() {
        return Downloads.handOn(school.exportMentees(), SchoolClient.XLSX, "mentees.xlsx");
    }

    @Get(uri = "/import", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<MenteeImportPage>> upload() {
        return Page.show(MenteeImportPage.upload(FormErrors.none()));
    }

    @Post(uri = "/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> preview(@Nullable @Part("file") CompletedFileUpload file, Session session) {
        return forms.run(new MenteeSheetUpload(file), upload -> {
                    StoredSheet sheet = upload.stored();
                    var result = school.importMentees(true, sheet.body());
                    sheet.keepIn(session);
                    return MenteeImportPage.of(result, sheet.fileName());
                },
                page -> HttpResponse.ok(Page.show(page)),
                errors -> HttpResponse.status(HttpStatus.valueOf(errors.status()))
                        .body(Page.show(MenteeImportPage.upload(errors))));
    }

    @Post(uri = "/import/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(Session session) {
        Optional<StoredSheet> sheet = StoredSheet.takeFrom(session);
        if (sheet.isEmpty()) {
            Notices.failure(session, "Просмотр устарел: загрузите файл ещё раз, чтобы увидеть, что будет загружено.");
            return HttpResponse.seeOther(URI.create("/mentees/import"));
        }
        StoredSheet previewed = sheet.get();
        return forms.run(null, ignored -> MenteeImportPage.of(school.importMentees(false, previewed.body()),
                        previewed.fileName()),
                page -> HttpResponse.ok(Page.show(page)),
                errors -> HttpResponse.status(HttpStatus.valueOf(errors.status()))
                        .body(Page.show(MenteeImportPage.upload(errors))));
    }
}
