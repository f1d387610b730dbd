package ru.mentoring.school.menteesheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import ru.mentoring.school.web.Downloads;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.io.IOException;
import java.io.InputStream;

/** The mentee base to and from Excel, in the target model's columns. */
@Controller("/api/mentees")
@Secured(Roles.CURATOR)
class MenteeSheetController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MenteeImport importer;
    private final MenteeExport exporter;

    MenteeSheetController(MenteeImport importer, MenteeExport exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    /** @param dryRun true for a preview: what each row would become, nothing written */
    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    MenteeImport.Result importSheet(Authentication authentication, @Nullable @Part("file") CompletedFileUpload file,
                                    @Nullable @QueryValue Boolean dryRun) throws IOException {
        if (file == null || file.getSize() == 0) {
            throw new BusinessRuleException("Приложите файл Excel (.xlsx) с базой наставляемых");
        }
        try (InputStream in = file.getInputStream()) {
            return importer.importFrom(Caller.of(authentication).requireSchool(), in, Boolean.TRUE.equals(dryRun));
        }
    }

    @Get(value = "/export", produces = XLSX)
    HttpResponse<byte[]> export(Authentication authentication) {
        return Downloads.file(exporter.workbook(Caller.of(authentication).requireSchool()), XLSX, "База наставляемых.xlsx");
    }
}
