package ru.mentoring.portal.meeting;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.support.tenancy.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** An intermediate result attached to a meeting, handed on as the school service keeps it. */
@Hidden
@Controller("/pairs/{id}/files")
@Secured({Roles.CURATOR, Roles.MENTOR, PortalUser.MENTEE})
class PairFilesController {

    private final SchoolClient school;

    PairFilesController(SchoolClient school) {
        this.school = school;
    }

    @Get(uri = "/{fileId}", produces = {MediaType.ALL, MediaType.TEXT_HTML})
    HttpResponse<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId) {
        HttpResponse<byte[]> file = school.pairFile(id, fileId);
        String type = file.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_OCTET_STREAM);
        String disposition = file.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
        return HttpResponse.ok(file.body() == null ? new byte[0] : file.body()).contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition != null ? disposition
                        : "attachment; filename*=UTF-8''" + URLEncoder.encode("файл", StandardCharsets.UTF_8));
    }
}
