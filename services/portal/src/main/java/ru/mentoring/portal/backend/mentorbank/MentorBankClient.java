package ru.mentoring.portal.backend.mentorbank;

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
    Mentors.Mentor register(@Body Mentors.Change profile);

    /** Filters combine; an absent one is left out of the address. */
    @Get("/api/mentors{?strength,form,subject,kind,school,visibility,minFreeCapacity,q,format,status}")
    Items<Mentors.Mentor> search(@Nullable String strength, @Nullable String form, @Nullable String subject,
                                 @Nullable String kind, @Nullable String school, @Nullable String visibility,
                                 @Nullable Integer minFreeCapacity, @Nullable String q, @Nullable String format,
                                 @Nullable String status);

    /** No new requests until the mentor comes back; the pairs they run go on. */
    @Post("/api/mentors/{id}/pause")
    Mentors.Mentor pause(UUID id, @Body Mentors.StatusChange change);

    @Post("/api/mentors/{id}/leave")
    Mentors.Mentor leave(UUID id, @Body Mentors.StatusChange change);

    @Post("/api/mentors/{id}/resume")
    Mentors.Mentor resume(UUID id);

    @Get("/api/mentors/{id}")
    Mentors.Mentor mentor(UUID id);

    @Put("/api/mentors/{id}")
    Mentors.Mentor update(UUID id, @Body Mentors.Change change);

    @Get("/api/mentors/{id}/contacts")
    Mentors.Contacts contacts(UUID id);

    /** The bank's Excel list with the download name the bank gave it; held in memory, a few hundred rows. */
    @Get(value = "/api/mentors/export", consumes = XLSX)
    HttpResponse<byte[]> export();

    /**
     * The uploaded sheet, sent on as the multipart part {@code file}: a preview ({@code dryRun}) writes
     * nothing; {@code school} is the school whose base it is, for rows that name none.
     */
    @Post(value = "/api/mentors/import", produces = MediaType.MULTIPART_FORM_DATA)
    Mentors.ImportResult importSheet(@Body MultipartBody file, @QueryValue("dryRun") boolean dryRun,
                                     @Nullable @QueryValue("school") String school);

    @Get("/api/competencies")
    Items<Catalogue.Entry> competencies();

    @Get("/api/forms")
    Items<Catalogue.Entry> forms();

    @Get("/api/mentoring-formats")
    Items<Catalogue.Entry> formats();

    /**
     * Every entry of a list, retired ones too: {@code list} is {@code competencies}, {@code forms} or
     * {@code mentoring-formats}.
     */
    @Get("/api/{list}{?all}")
    Items<Catalogue.Entry> wholeList(String list, boolean all);

    @Post("/api/{list}")
    Catalogue.Entry addEntry(String list, @Body Catalogue.Title title);

    @Put("/api/{list}/{code}")
    Catalogue.Entry renameEntry(String list, String code, @Body Catalogue.Title title);

    @Post("/api/{list}/{code}/retire")
    Catalogue.Entry retireEntry(String list, String code);

    @Post("/api/{list}/{code}/restore")
    Catalogue.Entry restoreEntry(String list, String code);

    @Post("/api/forms/{code}/variants")
    Catalogue.Entry addVariant(String code, @Body Catalogue.Title title);

    @Put("/api/forms/{code}/variants")
    Catalogue.Entry renameVariant(String code, @Body Catalogue.VariantRename rename);

    @Post("/api/forms/{code}/variants/retire")
    Catalogue.Entry retireVariant(String code, @Body Catalogue.Title title);

    @Post("/api/forms/{code}/variants/restore")
    Catalogue.Entry restoreVariant(String code, @Body Catalogue.Title title);

    @Get("/api/own-strengths")
    Items<OwnStrengths.Phrase> ownStrengths();

    @Post("/api/own-strengths/map")
    OwnStrengths.Outcome mapOwnStrength(@Body OwnStrengths.Mapping mapping);

    @Post("/api/own-strengths/add-to-catalogue")
    OwnStrengths.Outcome addOwnStrength(@Body OwnStrengths.Addition addition);

    @Get("/api/schools")
    Items<Catalogue.School> schools();

    @Get("/api/municipal-mentors{?year}")
    YearList municipalList(String year);

    @Post("/api/municipal-mentors")
    YearList addToMunicipalList(@Body YearList.Addition addition);

    /** The year travels in the path as 2026-2027: a slash cannot. */
    @Delete("/api/municipal-mentors/{year}/{mentorId}")
    YearList removeFromMunicipalList(String year, UUID mentorId);

    /** Without a year: the coming school year's re-confirmation. */
    @Get("/api/municipal-mentors/reconfirmation{?year}")
    Reconfirmation reconfirmation(@Nullable String year);

    @Post("/api/municipal-mentors/reconfirmation")
    Reconfirmation reconfirm(@Body Reconfirmation.Confirm confirm);

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

    /** The history: {@code decided} leaves the pending ones out; the methodist filters by school too. */
    @Get("/api/nominations{?status,decided,school,target,mentor,from,to}")
    Items<Nominations.Nomination> nominationHistory(@Nullable String status, @Nullable Boolean decided,
                                                    @Nullable String school, @Nullable String target,
                                                    @Nullable String mentor, @Nullable String from,
                                                    @Nullable String to);

    @Post("/api/nominations")
    Nominations.Nomination nominate(@Body Nominations.Nominate nomination);

    @Post("/api/nominations/{id}/approve")
    Nominations.Nomination approve(UUID id);

    @Post("/api/nominations/{id}/reject")
    Nominations.Nomination reject(UUID id, @Body Reason reason);

    /** All for the methodist, the school's own for a curator, their own for a mentor. */
    @Get("/api/mentor-requests")
    Items<MentorRequests.Request> requests();

    /** The history: {@code decided} leaves the pending ones out; the methodist filters by school too. */
    @Get("/api/mentor-requests{?status,decided,school,mentor,from,to}")
    Items<MentorRequests.Request> requestHistory(@Nullable String status, @Nullable Boolean decided,
                                                 @Nullable String school, @Nullable String mentor,
                                                 @Nullable String from, @Nullable String to);

    /** The requesting school takes back a request still waiting; its seat goes back. */
    @Post("/api/mentor-requests/{id}/withdraw")
    MentorRequests.Request withdraw(UUID id);

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

    @Post("/api/me/mentor-profile/pause")
    OwnProfile pauseOwnProfile(@Body Mentors.StatusChange change);

    @Post("/api/me/mentor-profile/leave")
    OwnProfile leaveWithOwnProfile(@Body Mentors.StatusChange change);

    @Post("/api/me/mentor-profile/resume")
    OwnProfile resumeOwnProfile();

    @Get("/api/me/mentor-profile/municipal-confirmation")
    OwnProfile.Confirmation municipalConfirmation();

    @Post("/api/me/mentor-profile/municipal-confirmation")
    OwnProfile.Confirmation answerMunicipalConfirmation(@Body OwnProfile.ConfirmationAnswer answer);
}
