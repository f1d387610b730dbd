package ru.mentoring.school.oversight;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.meeting.MeetingService;
import ru.mentoring.school.meeting.MeetingSummary;
import ru.mentoring.school.notice.CuratorNotices;
import ru.mentoring.school.notice.NoticeKind;
import ru.mentoring.school.pair.Pair;
import ru.mentoring.school.pair.PairService;
import ru.mentoring.school.plan.OverdueTask;
import ru.mentoring.school.plan.PlanService;
import ru.mentoring.support.mail.Mail;
import ru.mentoring.support.mail.MailQueue;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.tx.Transactions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells the curator, in the portal and by e-mail, the day a plan task becomes overdue and the day a pair
 * falls silent (no meeting for the programme's N weeks). Each alert is claimed once — per task and
 * deadline, per pair and day its silence began — in the transaction that writes the notice and queues
 * the mail, so any number of runs and instances tell the curator once. The mail names the mentor, never a
 * pupil.
 */
@Singleton
class OversightAlerts {

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PlanService plans;
    private final PairService pairs;
    private final MeetingService meetings;
    private final OversightBoard board;
    private final OversightAlertRepository alerts;
    private final CuratorNotices notices;
    private final CuratorAddresses addresses;
    private final java.util.Optional<MailQueue> mail;
    private final Transactions tx;
    private final Today today;
    private final String portal;

    OversightAlerts(PlanService plans, PairService pairs, MeetingService meetings, OversightBoard board,
                    OversightAlertRepository alerts, CuratorNotices notices, CuratorAddresses addresses, java.util.Optional<MailQueue> mail,
                    Transactions tx, Today today, @Value("${mentoring.portal-url:`http://localhost:8080`}") String portal) {
        this.plans = plans;
        this.pairs = pairs;
        this.meetings = meetings;
        this.board = board;
        this.alerts = alerts;
        this.notices = notices;
        this.addresses = addresses;
        this.mail = mail;
        this.tx = tx;
        this.today = today;
        this.portal = portal;
    }

    /** One look over every school; @return how many alerts were given. */
    int scan() {
        return Tenancy.asSystem(() -> {
            LocalDate day = today.date();
            Map<UUID, Pair> active = pairs.activeEverywhere().stream().collect(Collectors.toMap(Pair::id, Function.identity()));
            int told = 0;
            for (OverdueTask task : plans.overdue()) {
                Pair pair = active.get(task.pairId());
                if (pair != null && tell(pair, OversightAlertRepository.Kind.TASK_OVERDUE, task.id(), task.dueOn(),
                        NoticeKind.TASK_OVERDUE, "Просрочена задача плана пары",
                        "Просрочена задача плана «" + task.title() + "» (срок " + RU.format(task.dueOn())
                                + ") в паре наставника " + pair.mentorName() + ".")) {
                    told++;
                }
            }
            Map<String, List<Pair>> bySchool = active.values().stream().collect(Collectors.groupingBy(Pair::schoolId));
            for (var school : bySchool.entrySet()) {
                int weeks = board.silentAfterWeeks(school.getKey());
                Map<UUID, MeetingSummary> held = meetings.summaries(school.getKey(),
                        school.getValue().stream().map(Pair::id).toList());
                for (Pair pair : school.getValue()) {
                    MeetingSummary summary = held.getOrDefault(pair.id(), MeetingSummary.NONE);
                    LocalDate since = OversightBoard.quietSince(pair, summary);
                    if (pair.status() == PairStatus.ACTIVE && OversightBoard.silent(since, day, weeks)
                            && tell(pair, OversightAlertRepository.Kind.PAIR_SILENT, pair.id(), since, NoticeKind.PAIR_SILENT,
                            "Пара давно не встречалась", "Пара наставника " + pair.mentorName() + " не встречается "
                                    + OversightBoard.weeksBetween(since, day) + " нед.: "
                                    + (summary.lastMeetingOn() == null ? "встреч ещё не было (пара работает с "
                                    + RU.format(pair.startsOn()) + ")" : "последняя встреча " + RU.format(summary.lastMeetingOn()))
                                    + ".")) {
                        told++;
                    }
                }
            }
            return told;
        });
    }

    private boolean tell(Pair pair, OversightAlertRepository.Kind kind, UUID subject, LocalDate since, NoticeKind notice,
                         String subjectLine, String text) {
        return tx.write(() -> {
            if (!alerts.claim(pair.schoolId(), kind, subject, since)) {
                return false;
            }
            notices.tell(pair.schoolId(), notice, text, pair.id(), null);
            for (String to : mail.isPresent() ? addresses.of(pair.schoolId()) : List.<String>of()) {
                mail.get().enqueue(Mail.of(to, subjectLine, text + "\n\nНаблюдение за парами: " + portal + "/oversight"
                        + "\n\n— Сеть наставничества"));
            }
            return true;
        });
    }
}
