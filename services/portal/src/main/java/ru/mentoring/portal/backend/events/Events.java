package ru.mentoring.portal.backend.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events, applications and competitions as the events service answers them: every code with its Russian title. */
public final class Events {

    private Events() {
    }

    @Serdeable
    public record Event(UUID id, @Nullable UUID seriesId, String title, @Nullable String description, String kind,
                        String kindTitle, String organiser, String organiserTitle, @Nullable String organiserSchoolId,
                        @Nullable UUID networkProjectId, @Nullable String networkProjectName,
                        @Nullable List<String> memberSchoolIds, String format, String formatTitle, @Nullable String venue,
                        @Nullable String onlineUrl, Instant startsAt, Instant endsAt, int capacity, int taken,
                        int freePlaces, Instant opensAt, Instant closesAt, boolean registrationOpen,
                        boolean requiresApproval, @Nullable Integer schoolCap, @Nullable Map<String, Integer> schoolCaps,
                        @Nullable List<String> audience, String participation, @Nullable Integer teamMin,
                        @Nullable Integer teamMax, @Nullable Integer gradeMin, @Nullable Integer gradeMax,
                        @Nullable List<Field> fields, @Nullable List<String> rules, boolean manageable,
                        boolean cancelled, @Nullable String cancelReason) {

        public boolean teams() {
            return "TEAM".equals(participation);
        }

        public List<Field> questions() {
            return fields == null ? List.of() : fields;
        }
    }

    @Serdeable
    public record Field(String code, String label, String type, boolean required, @Nullable List<String> options) {
    }

    @Serdeable
    public record Registration(UUID id, long arrival, UUID eventId, String status, String statusTitle, String mode,
                               String participantName, String applicantName, @Nullable String schoolId,
                               @Nullable Integer teamSize, @Nullable List<Integer> teamGrades,
                               @Nullable Map<String, String> answers, @Nullable String checkInCode,
                               @Nullable Instant attendedAt, @Nullable Instant createdAt, @Nullable Integer waitingPosition) {
    }

    /** An application: empty for oneself; a member of staff by their id in the mentor base; or a team. */
    @Serdeable
    public record Application(@Nullable UUID mentorId, @Nullable Team team, @Nullable Map<String, String> answers) {
    }

    @Serdeable
    public record Team(String name, List<Integer> grades, @Nullable String leader) {
    }

    @Serdeable
    public record Mine(Registration registration, Event event) {
    }

    @Serdeable
    public record SchoolPlaces(String schoolId, @Nullable Integer cap, int taken) {
    }

    @Serdeable
    public record SchoolNumbers(@Nullable String schoolId, int registered, int waitlisted, int attended) {
    }

    /** A year's participants from the old registration sheets, before the platform. */
    @Serdeable
    public record History(int year, int participants, @Nullable Integer schools) {
    }

    /** The codes an organiser picks from, each with its Russian title. */
    @Serdeable
    public record Vocabulary(List<Term> kinds, List<Term> formats, List<Term> audiences, List<Term> fieldTypes) {
    }

    @Serdeable
    public record Term(String code, String title) {
    }

    /**
     * A new event as the organiser filled it in; the organiser is the signed-in user (a curator's event is
     * their school's), or for the methodist a network project with its lead and member schools.
     */
    @Serdeable
    public record NewEvent(String title, @Nullable String description, String kind, String format, @Nullable String venue,
                           @Nullable String onlineUrl, Instant startsAt, Instant endsAt, Integer capacity,
                           @Nullable Instant closesAt, boolean requiresApproval, @Nullable Integer schoolCap,
                           @Nullable String organiser, @Nullable UUID networkProjectId, @Nullable String networkProjectName,
                           @Nullable String leadSchoolId, @Nullable List<String> memberSchoolIds, List<String> audience,
                           @Nullable String participation, @Nullable Integer teamMin, @Nullable Integer teamMax,
                           @Nullable Integer gradeMin, @Nullable Integer gradeMax, @Nullable Integer experienceMin,
                           @Nullable Integer experienceMax, List<NewQuestion> fields) {
    }

    /**
     * A yearly event: its rule ({@code FIXED_DATE} with {@code day}, {@code NTH_WEEKDAY} with {@code weekday}
     * and {@code ordinal}, −1 for the last; {@code LAST_WEEK}) and the first year's event; the service dates it by the rule.
     */
    @Serdeable
    public record NewSeries(Recurrence recurrence, NewEvent event, @Nullable Integer year) {
    }

    @Serdeable
    public record Recurrence(String rule, int month, @Nullable Integer day, @Nullable String weekday, @Nullable Integer ordinal) {
    }

    /** The organiser's changes to an event: what, when, where; who it is for and its places stay. */
    @Serdeable
    public record EventEdit(String title, @Nullable String description, String format, @Nullable String venue,
                            @Nullable String onlineUrl, Instant startsAt, Instant endsAt, @Nullable Instant closesAt) {
    }

    /** Why the organiser cancels an event: every applicant is told. */
    @Serdeable
    public record Cancel(String reason) {
    }

    /** The event as changed or cancelled, and how many applicants were told. */
    @Serdeable
    public record Edited(Event event, int told) {
    }

    /** A question of the application form: {@code options} for a choice. */
    @Serdeable
    public record NewQuestion(String label, String type, boolean required, List<String> options) {
    }

    /** A yearly event: its rule in words, its instances the user may see, and participants year by year. */
    @Serdeable
    public record Series(UUID id, String title, String rule, String kindTitle, List<Event> instances, List<YearFigures> dynamics) {
    }

    /** One year of a series: from the platform ({@code eventId}) or entered from the old sheets ({@code entered}). */
    @Serdeable
    public record YearFigures(int year, @Nullable UUID eventId, int participants, @Nullable Integer schools, boolean entered) {
    }

    @Serdeable
    public record Places(int capacity, int taken, int free, @Nullable Integer schoolCap, @Nullable Map<String, Integer> schoolCaps,
                         @Nullable List<SchoolPlaces> places, @Nullable List<SchoolNumbers> schools) {
    }

    @Serdeable
    public record PlacesChange(@Nullable Integer capacity, @Nullable Integer schoolCap, @Nullable Map<String, Integer> schoolCaps) {
    }

    @Serdeable
    public record CheckIn(@Nullable String code, @Nullable UUID registrationId) {
    }

    @Serdeable
    public record CheckedIn(Registration registration, boolean already, String message) {
    }

    @Serdeable
    public record Notice(UUID id, @Nullable UUID eventId, String kind, String kindTitle, String text, Instant createdAt,
                         boolean read) {
    }

    @Serdeable
    public record NoticeList(@Nullable List<Notice> items, int unread) {
    }

    // competitions

    @Serdeable
    public record StageInfo(String stage, String title, LocalDate deadline, @Nullable Instant openedAt, @Nullable Instant closedAt) {
    }

    @Serdeable
    public record Criterion(UUID id, String stage, String title, int maxScore) {
    }

    @Serdeable
    public record Competition(UUID id, Event event, String stage, String stageTitle, List<StageInfo> stages,
                              List<String> nominations, List<Criterion> criteria, @Nullable Instant resultsPublishedAt) {
    }

    @Serdeable
    public record Juror(String subject, String name, @Nullable String schoolId) {
    }

    @Serdeable
    public record Entry(UUID id, String title, String nomination, String authorName, String schoolId, String summary,
                        @Nullable String materialsUrl, String status, String statusTitle, @Nullable String checkNote,
                        @Nullable String award, @Nullable Integer place, Instant createdAt,
                        @Nullable List<Juror> eligibleExperts) {
    }

    @Serdeable
    public record EntryList(@Nullable List<Entry> items, @Nullable List<Juror> jury) {
    }

    @Serdeable
    public record NewEntry(String title, String nomination, String summary, @Nullable String materialsUrl,
                           @Nullable String authorName) {
    }

    @Serdeable
    public record Check(Boolean admitted, @Nullable String note) {
    }

    @Serdeable
    public record Assignment(UUID entryId, String expertSubject) {
    }

    @Serdeable
    public record Points(UUID criterionId, Integer points) {
    }

    @Serdeable
    public record Sheet(List<Points> scores, @Nullable String comment) {
    }

    @Serdeable
    public record SheetLine(UUID criterionId, String stage, int points) {
    }

    @Serdeable
    public record OwnSheet(@Nullable List<SheetLine> scores, @Nullable String comment) {
    }

    @Serdeable
    public record Advance(@Nullable Integer top) {
    }

    @Serdeable
    public record ResultRow(UUID entryId, String title, String authorName, String schoolId, String nomination, String status,
                            @Nullable Double correspondence, @Nullable Double inPerson, double total, @Nullable Integer place,
                            @Nullable String award) {
    }

    @Serdeable
    public record Results(@Nullable Map<String, List<ResultRow>> nominations) {
    }

    @Serdeable
    public record Task(UUID competitionId, String competitionTitle, UUID entryId, String entryTitle, String nomination,
                       String stage, String stageTitle, @Nullable LocalDate deadline, boolean done) {
    }

    @Serdeable
    public record Tasks(@Nullable List<Task> items, int waiting) {
    }
}
