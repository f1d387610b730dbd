package ru.mentoring.school.oversight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.consent.ConsentService;
import ru.mentoring.school.meeting.MeetingService;
import ru.mentoring.school.meeting.MeetingSummary;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeKind;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.pair.Pair;
import ru.mentoring.school.pair.PairService;
import ru.mentoring.school.pair.PairView;
import ru.mentoring.school.pair.PairViews;
import ru.mentoring.school.plan.PlanProgress;
import ru.mentoring.school.plan.PlanService;
import ru.mentoring.school.programme.Programme;
import ru.mentoring.school.programme.ProgrammeService;
import ru.mentoring.support.time.Today;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every pair and group of the school in one view, with the flags the curator acts on: plan progress and
 * overdue tasks, the last meeting and silence (no meeting for the programme's N weeks, counted from the
 * last meeting or the pair's start), a withdrawn consent, a concern. Teachers' pairs show only what the
 * programme requires: figures and dates, no texts.
 */
@Singleton
public class OversightBoard {

    static final int DEFAULT_SILENT_WEEKS = 3;

    private final PairViews views;
    private final PairService pairs;
    private final PlanService plans;
    private final MeetingService meetings;
    private final ConsentService consents;
    private final MenteeService mentees;
    private final PairConcerns concerns;
    private final ProgrammeService programmes;
    private final Today today;

    OversightBoard(PairViews views, PairService pairs, PlanService plans, MeetingService meetings, ConsentService consents,
                   MenteeService mentees, PairConcerns concerns, ProgrammeService programmes, Today today) {
        this.views = views;
        this.pairs = pairs;
        this.plans = plans;
        this.meetings = meetings;
        this.consents = consents;
        this.mentees = mentees;
        this.concerns = concerns;
        this.programmes = programmes;
        this.today = today;
    }

    @Serdeable
    public record Board(int silentAfterWeeks, LocalDate today, List<Row> items) {
    }

    @Serdeable
    public record Row(UUID pairId, String mentorName, List<Person> mentees, String form, String formTitle,
                      PairStatus status, String statusTitle, LocalDate startsOn, LocalDate endsOn, int planDone,
                      int planTotal, int overdueTasks, @Nullable LocalDate nextTaskDue, int meetingsHeld,
                      @Nullable LocalDate lastMeetingOn, int meetingsToConfirm, boolean silent, @Nullable Integer silentWeeks,
                      boolean consentWithdrawn, @Nullable String concern, boolean minorsPair, boolean teacherPair) {
    }

    @Serdeable
    public record Person(UUID id, String fullName) {
    }

    @Transactional(readOnly = true)
    public Board of(String schoolId) {
        LocalDate day = today.date();
        int weeks = silentAfterWeeks(schoolId);
        List<PairView> all = views.allOf(schoolId);
        List<UUID> ids = all.stream().map(PairView::id).toList();
        Map<UUID, PlanProgress> progress = plans.progress(schoolId, ids);
        Map<UUID, MeetingSummary> held = meetings.summaries(schoolId, ids);
        Map<UUID, String> concern = concerns.latest(schoolId, ids);
        Set<UUID> allowed = consents.processingAllowed(schoolId);
        Map<UUID, Mentee> people = mentees.findAll(schoolId, all.stream().flatMap(p -> p.mentees().stream())
                .map(PairView.Member::id).distinct().toList()).stream().collect(Collectors.toMap(Mentee::id, Function.identity()));
        Map<UUID, Pair> rows = pairs.all(schoolId).stream().collect(Collectors.toMap(Pair::id, Function.identity()));
        List<Row> items = all.stream().map(p -> {
            PlanProgress plan = progress.getOrDefault(p.id(), PlanProgress.NONE);
            MeetingSummary log = held.getOrDefault(p.id(), MeetingSummary.NONE);
            boolean running = p.status() == PairStatus.ACTIVE;
            LocalDate since = quietSince(rows.get(p.id()), log);
            boolean silent = running && silent(since, day, weeks);
            boolean minors = p.mentees().stream().map(m -> people.get(m.id())).anyMatch(m -> m != null
                    && (m.kind() == MenteeKind.PUPIL || m.minorOn(day)));
            boolean withdrawn = !p.status().ended() && p.mentees().stream().anyMatch(m -> !allowed.contains(m.id()));
            return new Row(p.id(), p.mentorName(), p.mentees().stream().map(m -> new Person(m.id(), m.fullName())).toList(),
                    p.form(), p.formTitle(), p.status(), p.statusTitle(), p.startsOn(), p.endsOn(), plan.done(), plan.total(),
                    running ? plan.overdue() : 0, running ? plan.nextDue() : null, log.held(), log.lastMeetingOn(),
                    log.unconfirmed(), silent, running && !since.isAfter(day) ? weeksBetween(since, day) : null, withdrawn,
                    concern.get(p.id()), minors, p.teacherPair());
        }).toList();
        return new Board(weeks, day, items);
    }

    /** N of the programme of the current school year (3 weeks when the school has no programme yet). */
    @Transactional(readOnly = true)
    public int silentAfterWeeks(String schoolId) {
        return programmes.current(schoolId).map(Programme::silentAfterWeeks).orElse(DEFAULT_SILENT_WEEKS);
    }

    /** The day a pair's quiet began: its last meeting, or its start when it has not met yet. */
    static LocalDate quietSince(Pair pair, MeetingSummary log) {
        return log.lastMeetingOn() == null || log.lastMeetingOn().isBefore(pair.startsOn()) ? pair.startsOn() : log.lastMeetingOn();
    }

    static boolean silent(LocalDate since, LocalDate today, int weeks) {
        return !since.plusWeeks(weeks).isAfter(today);
    }

    static int weeksBetween(LocalDate since, LocalDate today) {
        return (int) ChronoUnit.WEEKS.between(since, today);
    }
}
