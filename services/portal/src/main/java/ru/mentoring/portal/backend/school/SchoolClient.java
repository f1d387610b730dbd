package ru.mentoring.portal.backend.school;

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

/** The school service: the per-school tenant with its read model of the shared mentor base. */
@BackendService("Школьный сервис")
@Client(id = "school", value = "${mentoring.services.school-url}")
public interface SchoolClient {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String PDF = "application/pdf";
    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The mentors the user's school may work with; answers even while the mentor bank is down. */
    @Get("/api/directory/mentors{?q}")
    Items<DirectoryEntry> directory(@Nullable String q);

    /**
     * The directory searched by strength, form, subject, kind, free seats and text (Russian word forms);
     * each hit says what matched, and the answer whether it holds every mentor of the bank.
     */
    @Get("/api/directory/mentors{?strength,form,subject,kind,minFreeSeats,q}")
    DirectoryEntry.Answer searchDirectory(@Nullable String strength, @Nullable String form, @Nullable String subject,
                                          @Nullable String kind, @Nullable Integer minFreeSeats, @Nullable String q);

    // the programme and its roadmap

    @Get("/api/programmes")
    Items<Programmes.Entry> programmes();

    /** 404 (a {@code Rejected}) while the current school year has no programme yet. */
    @Get("/api/programmes/current")
    Programmes.Programme currentProgramme();

    @Post("/api/programmes")
    Programmes.Programme startProgramme(@Body Programmes.Save programme);

    @Get("/api/programmes/{id}")
    Programmes.Programme programme(UUID id);

    @Put("/api/programmes/{id}")
    Programmes.Programme updateProgramme(UUID id, @Body Programmes.Save programme);

    @Post("/api/programmes/{id}/roadmap")
    Programmes.Programme addRoadmapItem(UUID id, @Body Programmes.SaveItem item);

    @Put("/api/programmes/{id}/roadmap/{itemId}")
    Programmes.Programme updateRoadmapItem(UUID id, UUID itemId, @Body Programmes.SaveItem item);

    @Delete("/api/programmes/{id}/roadmap/{itemId}")
    Programmes.Programme removeRoadmapItem(UUID id, UUID itemId);

    @Post("/api/programmes/{id}/roadmap/{itemId}/done")
    Programmes.Programme markRoadmapItemDone(UUID id, UUID itemId);

    @Post("/api/programmes/{id}/roadmap/{itemId}/reopen")
    Programmes.Programme reopenRoadmapItem(UUID id, UUID itemId);

    @Get("/api/school-profile")
    Programmes.SchoolProfile schoolProfile();

    @Put("/api/school-profile")
    Programmes.SchoolProfile saveSchoolProfile(@Body Programmes.SaveProfile profile);

    // the mentee base and its request map

    /** Filters combine; without a status every mentee but the archived. */
    @Get("/api/mentees{?status,kind,category,q}")
    Items<Mentees.Mentee> mentees(@Nullable String status, @Nullable String kind, @Nullable String category,
                                  @Nullable String q);

    @Post("/api/mentees")
    Mentees.Mentee registerMentee(@Body Mentees.Save mentee);

    @Get("/api/mentees/{id}")
    Mentees.Mentee mentee(UUID id);

    @Put("/api/mentees/{id}")
    Mentees.Mentee updateMentee(UUID id, @Body Mentees.Save mentee);

    @Post("/api/mentees/{id}/status")
    Mentees.Mentee changeMenteeStatus(UUID id, @Body Mentees.StatusChange change);

    @Get("/api/request-categories")
    Items<Mentees.Category> requestCategories();

    @Post("/api/request-categories")
    Mentees.Category addRequestCategory(@Body Mentees.NewCategory category);

    @Put("/api/request-categories/{code}")
    Mentees.Category changeRequestCategory(String code, @Body Mentees.CategoryChange change);

    /** The uploaded sheet as the multipart part {@code file}; {@code dryRun} previews and writes nothing. */
    @Post(value = "/api/mentees/import{?dryRun}", produces = MediaType.MULTIPART_FORM_DATA)
    Mentees.ImportResult importMentees(boolean dryRun, @Body MultipartBody file);

    @Get(value = "/api/mentees/export", consumes = {XLSX, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> exportMentees();

    // consents

    @Get("/api/mentees/{id}/consents")
    Items<Consents.Consent> consents(UUID id);

    @Post("/api/mentees/{id}/consents")
    Consents.Consent recordConsent(UUID id, @Body Consents.Record consent);

    @Post("/api/consents/{id}/withdraw")
    Consents.Consent withdrawConsent(UUID id, @Body Consents.Withdrawal withdrawal);

    /** The recorded consent as a document; {@code format} pdf or docx. */
    @Get(value = "/api/consents/{id}/document{?format}", consumes = {PDF, DOCX, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> consentDocument(UUID id, String format);

    /** The form of one consent to be signed, filled in with what the school knows of the mentee. */
    @Get(value = "/api/mentees/{id}/consent-forms/{kind}{?format,partner}",
            consumes = {PDF, DOCX, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> consentForm(UUID id, String kind, String format, @Nullable String partner);

    // a mentee's own login, given by the curator

    /** Answers 404 (Rejected) while the curator has given none. */
    @Get("/api/mentees/{id}/login")
    MenteeLogins.Login menteeLogin(UUID id);

    /** A Keycloak user with the role mentee; the letter with the temporary password goes to the address. */
    @Post("/api/mentees/{id}/login")
    MenteeLogins.Login issueMenteeLogin(UUID id, @Body MenteeLogins.Issue login);

    @Delete("/api/mentees/{id}/login")
    HttpResponse<Void> disableMenteeLogin(UUID id);

    // pairs and groups

    @Post("/api/pairs")
    Pairs.Pair formPair(@Body Pairs.FormPair pair);

    @Get("/api/pairs{?status}")
    Items<Pairs.Pair> pairs(@Nullable String status);

    @Get("/api/pairs/{id}")
    Pairs.Pair pair(UUID id);

    @Put("/api/pairs/{id}/labour-checklist")
    Pairs.Pair recordLabourChecklist(UUID id, @Body Pairs.ChecklistChange checklist);

    /** The mentor's side of mutual choice: pairs in any school waiting for this mentor's answer. */
    @Get("/api/me/pair-offers")
    Items<Pairs.Offer> pairOffers();

    @Post("/api/me/pair-offers/{id}/accept")
    Pairs.Offer acceptPairOffer(UUID id);

    @Post("/api/me/pair-offers/{id}/decline")
    Pairs.Offer declinePairOffer(UUID id, @Body Pairs.Decline decline);

    // questionnaire matching

    @Get("/api/matching/weights")
    Matching.Weights matchingWeights();

    @Put("/api/matching/weights")
    Matching.Weights saveMatchingWeights(@Body Matching.Weights weights);

    @Post("/api/matching/rejections")
    void rejectProposal(@Body Matching.Rejection rejection);

    @Post("/api/matching/proposals")
    Matching.Proposals proposals(@Body Matching.Ask ask);

    @Get("/api/matching/candidates{?menteeId,n}")
    Items<Matching.Candidate> candidates(UUID menteeId, int n);

    /** A mentee with a login: their own explained shortlist, or why they cannot choose now. */
    @Get("/api/me/choice")
    MyChoice.Shortlist myShortlist();

    /** A mentee with a login picks their mentor: the pair waits for the mentor's answer. */
    @Post("/api/me/choice")
    MyChoice.Chosen choose(@Body MyChoice.Choose choice);

    // pair work (issue 9): the development plan, the meeting log, completion, termination

    /** A pair without a saved plan answers its form's template as a draft ({@code saved} false). */
    @Get("/api/pairs/{id}/plan")
    Plans.Plan plan(UUID id);

    @Put("/api/pairs/{id}/plan")
    Plans.Plan savePlan(UUID id, @Body Plans.Save plan);

    /** The plan with the signatures block; {@code format} pdf or docx. */
    @Get(value = "/api/pairs/{id}/plan/document{?format}", consumes = {PDF, DOCX, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> planDocument(UUID id, String format);

    /** The library's published practices the school knows (its own read model), found by words; newest first. */
    @Get("/api/library-practices{?q,form}")
    Items<Plans.LibraryPractice> libraryPractices(@Nullable String q, @Nullable String form);

    @Get("/api/plan-templates")
    Items<Plans.Template> planTemplates();

    @Get("/api/plan-templates/{form}")
    Plans.Template planTemplate(String form);

    @Put("/api/plan-templates/{form}")
    Plans.Template savePlanTemplate(String form, @Body Plans.SaveTemplate template);

    @Get("/api/pairs/{id}/meetings")
    Meetings.Log meetings(UUID id);

    @Post("/api/pairs/{id}/meetings")
    Meetings.Meeting logMeeting(UUID id, @Body Meetings.NewMeeting meeting);

    /** The other side confirms a meeting: the mentee or the curator the mentor's, the mentor the mentee's. */
    @Post("/api/pairs/{id}/meetings/{meetingId}/confirmation")
    Meetings.Meeting confirmMeeting(UUID id, UUID meetingId);

    /** An intermediate result as the multipart part {@code file}; the service checks its type and size. */
    @Post(value = "/api/pairs/{id}/meetings/{meetingId}/files", produces = MediaType.MULTIPART_FORM_DATA)
    Meetings.StoredFile attachToMeeting(UUID id, UUID meetingId, @Body MultipartBody file);

    @Get(value = "/api/pairs/{id}/files/{fileId}", consumes = MediaType.ALL)
    HttpResponse<byte[]> pairFile(UUID id, UUID fileId);

    /** The assessments so far: each side its own, the curator both. */
    @Get("/api/pairs/{id}/assessments")
    Completions.Assessments assessments(UUID id);

    /** Answers the assessment as given (a body: a {@code HttpResponse<Void>} could not read it). */
    @Post("/api/pairs/{id}/assessments")
    Completions.Assessment assess(UUID id, @Body Completions.Assessment assessment);

    @Post("/api/pairs/{id}/completion")
    Pairs.Pair complete(UUID id, @Body Completions.Complete completion);

    @Post("/api/pairs/{id}/termination")
    Pairs.Pair terminate(UUID id, @Body Completions.Terminate termination);

    /** The mentor's report (teacher pairs: the readiness verdict); {@code format} pdf or docx. */
    @Get(value = "/api/pairs/{id}/mentor-report{?format}", consumes = {PDF, DOCX, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> mentorReport(UUID id, String format);

    @Get("/api/termination-reasons")
    Items<Completions.Reason> terminationReasons();

    @Post("/api/termination-reasons")
    Completions.Reason addTerminationReason(@Body Completions.NewReason reason);

    @Put("/api/termination-reasons/{code}")
    Completions.Reason changeTerminationReason(String code, @Body Completions.ReasonChange change);

    /** Whether the pair may be proposed to the library, and whom its practice may name. */
    @Get("/api/pairs/{id}/practice-proposal")
    Completions.Candidates proposalCandidates(UUID id);

    /** A completed pair as a draft of the practice library; every participant by their distribution consent. */
    @Post("/api/pairs/{id}/practice-proposal")
    Completions.Proposed proposePractice(UUID id, @Body Completions.Proposal proposal);

    // the curator's oversight, the mentor's and the mentee's own pairs

    @Get("/api/oversight")
    Oversight.Board oversight();

    /** Only for pairs with a minor; shown on the board and the pair's page. */
    @Post("/api/pairs/{id}/concerns")
    Oversight.NewConcern flagConcern(UUID id, @Body Oversight.NewConcern concern);

    @Get("/api/me/pairs")
    Items<MyPairs.Item> myPairs();

    @Get("/api/me/pairs/{id}")
    MyPairs.Item myPair(UUID id);

    /** The order on results (приказ об итогах) of a school year; {@code format} pdf or docx. */
    @Get(value = "/api/documents/results-order{?year,format}", consumes = {PDF, DOCX, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> resultsOrder(@Nullable String year, String format);

    // documents and notices

    /** The order fixing the pairs of a school year (2026/2027); {@code format} pdf or docx. */
    @Get(value = "/api/documents/assignment-order{?year,format}", consumes = {PDF, DOCX, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> assignmentOrder(@Nullable String year, String format);

    @Get("/api/notices")
    SchoolNotices.NoticeList notices();

    @Post("/api/notices/{id}/read")
    void markNoticeRead(UUID id);
}
