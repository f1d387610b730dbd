package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.session.Session;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.backend.practices.PracticesClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Page;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormFlow;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.support.tenancy.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/** The practice page and what can be done on it: rate, comment, bookmark, files, submit, a new version. */
@Hidden
@Controller("/practices/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PracticeController {

    private final PracticesClient library;
    private final Catalogues catalogues;
    private final FormFlow forms;

    PracticeController(PracticesClient library, Catalogues catalogues, FormFlow forms) {
        this.library = library;
        this.catalogues = catalogues;
        this.forms = forms;
    }

    @Get(uri = "{?version}", produces = MediaType.TEXT_HTML)
    ModelAndView<Page<PracticeView>> show(@PathVariable UUID id, @Nullable @QueryValue String version,
                                          Authentication authentication) {
        Practices.Page practice = library.practice(id, Typed.whole(version));
        boolean published = practice.publishedVersion() != null && practice.version() == practice.publishedVersion();
        List<Practices.Comment> comments = published ? library.comments(id).list() : List.of();
        List<Practices.Hit> similar = published ? library.similar(id).list() : List.of();
        return Page.show(PracticeView.of(practice, comments, similar, catalogues.schools(), PortalUser.of(authentication)));
    }

    @Post(uri = "/rate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rate(@PathVariable UUID id, @Body PracticeForms.RateForm form, Session session) {
        return forms.act(form, session, back(id), f -> library.rate(id, new Practices.Stars(Typed.whole(f.stars()))),
                rating -> "Спасибо, ваша оценка учтена");
    }

    @Post(uri = "/comment", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> comment(@PathVariable UUID id, @Body PracticeForms.CommentForm form, Session session) {
        return forms.act(form, session, back(id) + "#comments", f -> library.comment(id, new Practices.Text(f.text().strip())),
                c -> "Комментарий опубликован; авторы получат уведомление");
    }

    @Post(uri = "/bookmark", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bookmark(@PathVariable UUID id, Session session) {
        return forms.act(session, back(id), () -> library.bookmark(id), r -> "Практика добавлена в вашу коллекцию");
    }

    @Post(uri = "/unbookmark", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unbookmark(@PathVariable UUID id, Session session) {
        return forms.act(session, back(id), () -> library.unbookmark(id), r -> "Практика убрана из коллекции");
    }

    @Post(uri = "/use", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.CURATOR)
    HttpResponse<?> use(@PathVariable UUID id, Session session) {
        return forms.act(session, back(id), () -> library.use(id), r -> "Отмечено: ваша школа использует практику");
    }

    @Post(uri = "/unuse", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.CURATOR)
    HttpResponse<?> unuse(@PathVariable UUID id, Session session) {
        return forms.act(session, back(id), () -> library.stopUsing(id), r -> "Отметка об использовании снята");
    }

    @Post(uri = "/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.CURATOR, Roles.MENTOR})
    HttpResponse<?> submit(@PathVariable UUID id, Session session) {
        return forms.act(session, back(id), () -> library.submit(id),
                p -> "Практика отправлена на экспертизу. Методист назначит экспертов.");
    }

    @Post(uri = "/new-version", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.CURATOR, Roles.MENTOR})
    HttpResponse<?> newVersion(@PathVariable UUID id, Session session) {
        return forms.act(session, "/practices/" + id + "/edit", () -> library.newVersion(id),
                p -> "Начата версия " + p.version() + ": опубликованная версия остаётся у читателей, пока новая не пройдёт экспертизу");
    }

    @Post(uri = "/recommend", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Roles.METHODIST)
    HttpResponse<?> recommend(@PathVariable UUID id, @Body java.util.Map<String, String> form, Session session) {
        boolean value = "true".equals(form.get("recommended"));
        return forms.act(session, back(id), () -> library.recommend(id, new Practices.Recommendation(value)),
                r -> r.recommended() ? "Практика рекомендована к конкурсу" : "Рекомендация к конкурсу снята");
    }

    @Post(uri = "/files", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Roles.CURATOR, Roles.MENTOR})
    HttpResponse<?> upload(@PathVariable UUID id, @Nullable @Part("file") CompletedFileUpload file, Session session) {
        return forms.act(session, back(id) + "#files", () -> library.upload(id, multipart(file)),
                f -> "Файл «" + f.name() + "» прикреплён");
    }

    @Post(uri = "/files/{fileId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.CURATOR, Roles.MENTOR})
    HttpResponse<?> removeFile(@PathVariable UUID id, @PathVariable UUID fileId, Session session) {
        return forms.act(session, back(id) + "#files", () -> library.removeFile(id, fileId), r -> "Файл удалён");
    }

    @Get(uri = "/files/{fileId}", produces = {MediaType.ALL, MediaType.TEXT_HTML})
    HttpResponse<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId) {
        return passOn(library.download(id, fileId), "файл");
    }

    @Get(uri = "/export.pdf{?version}", produces = {"application/pdf", MediaType.TEXT_HTML})
    HttpResponse<byte[]> pdf(@PathVariable UUID id, @Nullable @QueryValue String version) {
        Practices.Page practice = library.practice(id, Typed.whole(version));
        return passOn(library.exportPdf(id, practice.version(), catalogues.schools().label(practice.schoolId())),
                "практика.pdf");
    }

    static HttpResponse<byte[]> passOn(HttpResponse<byte[]> file, String fallbackName) {
        String type = file.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_OCTET_STREAM);
        String disposition = file.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
        return HttpResponse.ok(file.body() == null ? new byte[0] : file.body()).contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition != null ? disposition
                        : "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(fallbackName, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static MultipartBody multipart(@Nullable CompletedFileUpload file) {
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            throw new ru.mentoring.portal.backend.BackendException.Rejected("Банк практик", 422,
                    ru.mentoring.portal.backend.BackendProblem.untitled("Выберите файл для загрузки"));
        }
        try {
            return MultipartBody.builder().addPart("file", file.getFilename(),
                    file.getContentType().orElse(MediaType.APPLICATION_OCTET_STREAM_TYPE), file.getBytes()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String back(UUID id) {
        return "/practices/" + id;
    }
}
