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
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.support.tenancy.Roles;

/** The Excel lists schools already keep, both ways: the bank's export as a download, an upload into the bank. */
@Hidden
@Controller("/bank")
@Secured(Roles.METHODIST)
class SheetController {

    static final String XLSX = MentorBankClient.XLSX;

    private final MentorBankClient bank;
    private final FormFlow forms;

    SheetController(MentorBankClient bank, FormFlow forms) {
        this.bank = bank;
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

    /** Answers with the result itself: the refused rows are to be read, not lost in a redirect. */
    @Post(uri = "/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> importSheet(@Nullable @Part("file") CompletedFileUpload file) {
        return forms.run(new SheetUpload(file), upload -> bank.importSheet(upload.body()),
                result -> HttpResponse.ok(Page.show(new ImportPage(result, FormErrors.none()))),
                errors -> HttpResponse.status(HttpStatus.valueOf(errors.status()))
                        .body(Page.show(new ImportPage(null, errors))));
    }
}
