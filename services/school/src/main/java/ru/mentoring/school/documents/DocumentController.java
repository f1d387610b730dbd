package ru.mentoring.school.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

/** The school's documents, as DOCX (to edit and sign) or PDF (to print). */
@Controller("/api/documents")
@Secured(Roles.CURATOR)
class DocumentController {

    private final SchoolDocuments documents;

    DocumentController(SchoolDocuments documents) {
        this.documents = documents;
    }

    /** @param year the school year as 2026/2027; the current one when left out */
    @Get("/assignment-order")
    HttpResponse<byte[]> assignmentOrder(Authentication authentication, @Nullable @QueryValue String year,
                                         @Nullable @QueryValue String format) {
        return documents.assignmentOrder(Caller.of(authentication).requireSchool(), year, format);
    }
}
