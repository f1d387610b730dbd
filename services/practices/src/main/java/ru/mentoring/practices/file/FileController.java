package ru.mentoring.practices.file;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Files of a practice: multipart upload (field {@code file}), download, removal from the open version. */
@Controller("/api/practices/{id}/files")
@Secured(SecurityRule.IS_AUTHENTICATED)
class FileController {

    private final FileService service;

    FileController(FileService service) {
        this.service = service;
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Secured({Roles.CURATOR, Roles.MENTOR})
    HttpResponse<FileService.FileInfo> upload(UUID id, @Nullable @Part("file") CompletedFileUpload file,
                                              Authentication authentication) {
        if (file == null) {
            throw new BusinessRuleException("Выберите файл для загрузки (поле «file»)");
        }
        try (InputStream content = file.getInputStream()) {
            var saved = service.attach(id, file.getFilename(), content, Actor.of(authentication));
            return HttpResponse.created(saved, URI.create("/api/practices/" + id + "/files/" + saved.id()));
        } catch (IOException e) {
            throw new BusinessRuleException("Файл не удалось получить целиком: загрузите его ещё раз");
        }
    }

    @Get("/{fileId}")
    HttpResponse<StreamedFile> download(UUID id, UUID fileId, Authentication authentication) {
        var file = service.download(id, fileId, Actor.of(authentication));
        return HttpResponse.ok(new StreamedFile(file.content(), MediaType.of(file.contentType()), 0, file.size()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Delete("/{fileId}")
    @Secured({Roles.CURATOR, Roles.MENTOR})
    HttpResponse<Void> remove(UUID id, UUID fileId, Authentication authentication) {
        service.remove(id, fileId, Actor.of(authentication));
        return HttpResponse.noContent();
    }
}
