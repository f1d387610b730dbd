package ru.mentoring.portal.backend.practices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import ru.mentoring.portal.backend.BackendService;
import ru.mentoring.portal.backend.Items;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The practice library with the user's token: search, the practice page, writing, review, community,
 * exports. Who may see and do what is the library's decision; a refusal comes back as a BackendException.
 */
@BackendService("Банк практик")
@Client(id = "practices", value = "${mentoring.services.practices-url}")
public interface PracticesClient {

    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Filters repeat (any of the values); an absent one is left out of the address. */
    @Get("/api/practices/search{?q,form*,competency*,school*,year*,level*,targetGroup*,sort,page}")
    Practices.SearchResult search(@Nullable String q, @Nullable @QueryValue List<String> form,
                                  @Nullable @QueryValue List<String> competency, @Nullable @QueryValue List<String> school,
                                  @Nullable @QueryValue List<String> year, @Nullable @QueryValue List<String> level,
                                  @Nullable @QueryValue List<String> targetGroup, @Nullable String sort,
                                  @Nullable Integer page);

    @Get("/api/practices/{id}{?version}")
    Practices.Page practice(UUID id, @Nullable Integer version);

    @Get("/api/practices/{id}/similar")
    Items<Practices.Hit> similar(UUID id);

    @Post("/api/practices")
    Practices.Page create(@Body Practices.Submission submission);

    @Put("/api/practices/{id}")
    Practices.Page edit(UUID id, @Body Practices.Submission submission);

    @Post("/api/practices/{id}/submit")
    Practices.Page submit(UUID id);

    @Post("/api/practices/{id}/versions")
    Practices.Page newVersion(UUID id);

    @Get("/api/practices/mine")
    Items<Practices.Summary> mine();

    @Post(value = "/api/practices/{id}/files", produces = MediaType.MULTIPART_FORM_DATA)
    Practices.FileInfo upload(UUID id, @Body MultipartBody file);

    @Get(value = "/api/practices/{id}/files/{fileId}", consumes = MediaType.ALL)
    HttpResponse<byte[]> download(UUID id, UUID fileId);

    @Delete("/api/practices/{id}/files/{fileId}")
    HttpResponse<Void> removeFile(UUID id, UUID fileId);

    @Put("/api/practices/{id}/rating")
    Practices.Rating rate(UUID id, @Body Practices.Stars stars);

    @Get("/api/practices/{id}/comments")
    Items<Practices.Comment> comments(UUID id);

    @Post("/api/practices/{id}/comments")
    Practices.Comment comment(UUID id, @Body Practices.Text text);

    @Put("/api/practices/{id}/bookmark")
    HttpResponse<Void> bookmark(UUID id);

    @Delete("/api/practices/{id}/bookmark")
    HttpResponse<Void> unbookmark(UUID id);

    @Get("/api/practices/bookmarks")
    Items<Practices.Bookmarked> bookmarks();

    @Put("/api/practices/{id}/usage")
    Map<String, List<String>> use(UUID id);

    @Delete("/api/practices/{id}/usage")
    Map<String, List<String>> stopUsing(UUID id);

    @Get("/api/practices/notifications")
    Practices.Inbox notifications();

    @Post("/api/practices/notifications/read")
    Practices.Inbox readNotifications();

    @Get("/api/practices/review/queue")
    Items<Practices.Summary> reviewQueue();

    @Get("/api/practices/review/experts")
    Items<Practices.Expert> experts();

    @Get("/api/practices/{id}/review")
    Practices.Review review(UUID id);

    @Post("/api/practices/{id}/review/experts")
    Practices.Review assign(UUID id, @Body Practices.Experts experts);

    @Put("/api/practices/{id}/review/sheet")
    Practices.Review sheet(UUID id, @Body Practices.SheetForm sheet);

    @Post("/api/practices/{id}/review/publish")
    Practices.Review publish(UUID id);

    @Post("/api/practices/{id}/review/return")
    Practices.Review returnForRevision(UUID id, @Body Practices.Reason reason);

    @Post("/api/practices/{id}/review/reject")
    Practices.Review reject(UUID id, @Body Practices.Reason reason);

    @Put("/api/practices/{id}/review/recommendation")
    Practices.Recommendation recommend(UUID id, @Body Practices.Recommendation recommendation);

    @Get(value = "/api/practices/{id}/export.pdf{?version,schoolName}", consumes = MediaType.ALL)
    HttpResponse<byte[]> exportPdf(UUID id, @Nullable Integer version, @Nullable String schoolName);

    @Post(value = "/api/practices/collection", consumes = MediaType.ALL)
    HttpResponse<byte[]> collection(@Body Practices.Collection collection);
}
