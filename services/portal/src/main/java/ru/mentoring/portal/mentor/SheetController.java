package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Notices;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;

/**
 * The Excel lists schools already keep, both ways: the bank's export as a download; an upload that is
 * first a preview (what would be imported, each row's warnings and refusals), kept in the session until
 * the methodist confirms it — then imported all or nothing — or cancels it.
 */
@Hidden
@Controller("/bank")
@Secured(Roles.METHODIST)
class SheetController {

    static final String XLSX = MentorBankClient.XLSX;
    /** The previewed file waiting for the methodist's word. */
    static final String PENDING = "mentor-import";

    private final MentorBankClient bank;
    private final Catalogues catalogues;
    private final FormFlow forms;

    SheetController(MentorBankClient bank, Catalogues catalogues, FormFlow forms) {
        this.bank = bank;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    /**
     * Declared as producing HTML too: a browser asks for text/html first, and Micronaut would then
     * prefer {@code /bank/{id}} (an HTML page) over this literal address, reading «export.xlsx» as an id.
     */
    @Get(uri = "/export.xlsx", produces = {XLSX, MediaType.TEXT_HTML})
    HttpResponse<byte[]> export() {
        HttpResponse<byte[]> file = bank.export();
        String type = file.getContentType().map(MediaType::toString).filter(t -> !t.startsWith("application/json"))
                .orElse(XLSX);
        String disposition = file.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
        return HttpResponse.ok(file.body() == null ? new byte[0] : file.body()).contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition != null ? disposition : "attachment; filename=\"mentor-bank.xlsx\"");
    }

    @Get(uri = "/import", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<ImportPage>> uploadForm() {
        return Page.show(ImportPage.upload(FormErrors.none(), catalogues.schools(), null));
    }

    /** The preview: nothing is written; the file waits in the session for «Загрузить в банк». */
    @Post(uri = "/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> preview(@Nullable @Part("file") CompletedFileUpload file, @Nullable @Part("school") String school,
                            Session session) {
        SheetUpload upload = SheetUpload.of(file, school);
        return forms.run(upload, u -> bank.importSheet(u.body(), true, u.schoolId()),
                result -> {
                    session.put(PENDING, upload.pending());
                    return HttpResponse.ok(Page.show(ImportPage.preview(result, upload.fileName(),
                            catalogues.schools().label(upload.schoolId()))));
                },
                errors -> HttpResponse.status(HttpStatus.valueOf(errors.status()))
                        .body(Page.show(ImportPage.upload(errors, catalogues.schools(), upload.schoolId()))));
    }

    /** The previewed file into the bank, all rows or none; answers with what was imported. */
    @Post(uri = "/import/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(Session session) {
        SheetUpload.Pending pending = session.get(PENDING, SheetUpload.Pending.class).orElse(null);
        if (pending == null) {
            Notices.failure(session, "Файл для загрузки не найден: выберите его и посмотрите, что будет загружено, ещё раз.");
            return HttpResponse.seeOther(URI.create("/bank/import"));
        }
        return forms.run(null, ignored -> bank.importSheet(pending.body(), false, pending.schoolId()),
                result -> {
                    session.remove(PENDING);
                    return HttpResponse.ok(Page.show(ImportPage.done(result, pending.fileName())));
                },
                errors -> forms.back(session, "/bank/import", errors));
    }

    @Post(uri = "/import/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(Session session) {
        session.remove(PENDING);
        Notices.success(session, "Загрузка отменена: в банке ничего не изменилось.");
        return HttpResponse.seeOther(URI.create("/bank"));
    }
}
