package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import ru.mentoring.support.tenancy.Roles;

import java.io.IOException;
import java.io.InputStream;

@Controller("/api/mentors")
@Secured(Roles.METHODIST)
class MentorSpreadsheetController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MentorImport importer;
    private final MentorExport exporter;

    MentorSpreadsheetController(MentorImport importer, MentorExport exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    /**
     * {@code dryRun=true}: a preview that writes nothing. Otherwise every row that names a mentor is
     * imported in one transaction. {@code school}: the school whose base the file is, for rows naming none.
     */
    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    MentorImport.Result importSheet(@Nullable @Part("file") CompletedFileUpload file,
                                    @Nullable @QueryValue Boolean dryRun, @Nullable @QueryValue String school)
            throws IOException {
        if (file == null || file.getSize() == 0) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Приложите файл Excel (.xlsx) в поле «file»");
        }
        try (InputStream in = file.getInputStream()) {
            return importer.importFrom(in, Boolean.TRUE.equals(dryRun), school == null || school.isBlank() ? null : school.strip());
        }
    }

    @Get(value = "/export", produces = XLSX)
    HttpResponse<byte[]> export() {
        return HttpResponse.ok(exporter.workbook()).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"mentor-bank.xlsx\"");
    }
}
