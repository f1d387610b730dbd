package ru.mentoring.practices.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import ru.mentoring.practices.access.Actor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** {@code GET /api/practices/{id}/export.pdf} and {@code POST /api/practices/collection} (PDF or DOCX). */
@Controller("/api/practices")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ExportController {

    private final ExportService service;

    ExportController(ExportService service) {
        this.service = service;
    }

    @Get("/{id}/export.pdf{?version,schoolName}")
    HttpResponse<byte[]> practice(UUID id, @Nullable @QueryValue Integer version, @Nullable @QueryValue String schoolName,
                                  Authentication authentication) {
        return file(service.practicePdf(id, version, schoolName, Actor.of(authentication)));
    }

    @Post("/collection")
    HttpResponse<byte[]> collection(@Valid @Body CollectionRequest request, Authentication authentication) {
        return file(service.collection(request, Actor.of(authentication)));
    }

    private static HttpResponse<byte[]> file(ExportService.Export export) {
        return HttpResponse.ok(export.content())
                .contentType(export.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(export.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
