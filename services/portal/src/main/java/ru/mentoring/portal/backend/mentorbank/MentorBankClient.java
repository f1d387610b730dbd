package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import ru.mentoring.portal.backend.BackendService;
import ru.mentoring.portal.backend.Items;

import java.util.UUID;

/**
 * The municipal mentor bank, as the portal calls it with the signed-in user's token. The bank decides
 * who may do what; a refusal arrives as a {@link ru.mentoring.portal.backend.BackendException}.
 */
@BackendService("Банк наставников")
@Client(id = "mentor-bank", value = "${mentoring.services.mentor-bank-url}")
public interface MentorBankClient {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Post("/api/mentors")
    Mentors.Registered register(@Body Mentors.Registration registration);

    /** Filters combine; an absent one is left out of the address. */
    @Get("/api/mentors{?strength,form,subject,kind,school,visibility,minFreeCapacity,q}")
    Items<Mentors.Mentor> search(@Nullable String strength, @Nullable String form, @Nullable String subject,
                                 @Nullable String kind, @Nullable String school, @Nullable String visibility,
                                 @Nullable Integer minFreeCapacity, @Nullable String q);

    @Get("/api/mentors/{id}")
    Mentors.Mentor mentor(UUID id);

    @Put("/api/mentors/{id}")
    Mentors.Mentor update(UUID id, @Body Mentors.Change change);

    @Get("/api/mentors/{id}/contacts")
    Mentors.Contacts contacts(UUID id);

    /** The bank's Excel list with the download name the bank gave it; held in memory, a few hundred rows. */
    @Get(value = "/api/mentors/export", consumes = XLSX)
    HttpResponse<byte[]> export();

    /** The uploaded sheet, sent on as the multipart part {@code file}. */
    @Post(value = "/api/mentors/import", produces = MediaType.MULTIPART_FORM_DATA)
    Mentors.ImportResult importSheet(@Body MultipartBody file);

    @Get("/api/competencies")
    Items<Catalogue.Entry> competencies();

    @Get("/api/forms")
    Items<Catalogue.Entry> forms();

    @Get("/api/schools")
    Items<Catalogue.School> schools();

    @Get("/api/municipal-mentors{?year}")
    YearList municipalList(String year);

    @Post("/api/municipal-mentors")
    YearList addToMunicipalList(@Body YearList.Addition addition);

    /** The year travels in the path as 2026-2027: a slash cannot. */
    @Delete("/api/municipal-mentors/{year}/{mentorId}")
    YearList removeFromMunicipalList(String year, UUID mentorId);

    /** All of them for the methodist, those of the curator's school for a curator: the bank decides. */
    @Get("/api/network-projects")
    Items<NetworkProjects.Project> projects();

    @Get("/api/network-projects/{id}")
    NetworkProjects.Project project(UUID id);

    @Post("/api/network-projects")
    NetworkProjects.Project startProject(@Body NetworkProjects.NewProject project);

    @Post("/api/network-projects/{id}/agreements")
    NetworkProjects.Agreement signAgreement(UUID id, @Body NetworkProjects.NewAgreement agreement);

    @Post("/api/network-projects/{id}/pool")
    NetworkProjects.Project addToPool(UUID id, @Body NetworkProjects.PoolMember member);

    @Delete("/api/network-projects/{id}/pool/{mentorId}")
    NetworkProjects.Project removeFromPool(UUID id, UUID mentorId);

    /** All for the methodist, the school's own for a curator; {@code status} narrows them. */
    @Get("/api/nominations{?status}")
    Items<Nominations.Nomination> nominations(@Nullable String status);

    @Post("/api/nominations")
    Nominations.Nomination nominate(@Body Nominations.Nominate nomination);

    @Post("/api/nominations/{id}/approve")
    Nominations.Nomination approve(UUID id);

    @Post("/api/nominations/{id}/reject")
    Nominations.Nomination reject(UUID id, @Body Reason reason);

    /** All for the methodist, the school's own for a curator, their own for a mentor. */
    @Get("/api/mentor-requests")
    Items<MentorRequests.Request> requests();

    @Post("/api/mentor-requests")
    MentorRequests.Request ask(@Body MentorRequests.Ask ask);

    @Post("/api/mentor-requests/{id}/accept")
    MentorRequests.Request accept(UUID id);

    @Post("/api/mentor-requests/{id}/decline")
    MentorRequests.Request decline(UUID id, @Body Reason reason);

    @Get("/api/me/mentor-profile")
    OwnProfile ownProfile();

    @Put("/api/me/mentor-profile")
    OwnProfile updateOwnProfile(@Body OwnProfile.Part part);
}
