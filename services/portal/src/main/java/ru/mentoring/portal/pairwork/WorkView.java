package ru.mentoring.portal.pairwork;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.backend.school.Meetings;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.backend.school.Plans;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Labelled;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A pair's work as its page shows it to one side ({@code views/pair-work.html}): the development plan by
 * sections with the done marks, the meeting log with confirmations and files, how the pair ended, and what
 * this side may do now. Teachers' pairs show the curator what the programme requires and no more — the
 * service leaves the rest out, the page says so.
 */
public record WorkView(UUID pairId, boolean limitedForCurator, boolean meetingsLimited, PlanView plan,
                       MeetingLog meetings, Ending ending, Actions can) {

    public static WorkView of(PairHeader header, Plans.Plan plan, Meetings.Log log, @Nullable Pairs.Pair pair) {
        boolean guess = header.side() == Side.CURATOR && header.teacherPair();
        Actions can = Actions.of(header, plan, log);
        return new WorkView(header.id(), plan.limitedView() != null ? plan.limitedView() : guess,
                log.limitedView() != null ? log.limitedView() : guess, PlanView.of(header, plan),
                MeetingLog.of(header, log, can.logMeeting()), Ending.of(pair), can);
    }

    /**
     * What this side may do on the pair now: the service says whether the plan is editable and a meeting may be
     * logged; the rest follows from the side and the status. The service still decides; these offer the buttons.
     */
    public record Actions(boolean editPlan, boolean markTasks, boolean logMeeting, boolean assess, boolean complete,
                          boolean terminate, boolean propose, boolean flagConcern, boolean planDocuments,
                          boolean mentorReport) {

        static Actions of(PairHeader h, Plans.Plan plan, Meetings.Log log) {
            Side side = h.side();
            boolean active = h.active();
            boolean ended = h.completed() || "TERMINATED".equals(h.status());
            boolean staff = side != Side.MENTEE;
            boolean edit = active && (plan.editable() != null ? plan.editable() : staff);
            boolean logging = log.canLog() != null ? log.canLog() : active;
            return new Actions(edit, edit && plan.saved(), logging, active && side != Side.CURATOR,
                    active && staff, active && side == Side.CURATOR, h.completed() && staff,
                    side == Side.CURATOR && h.minorsPair() && active, plan.saved(), ended && staff);
        }
    }

    public record PlanView(boolean saved, String difficulties, String goals, String progress, boolean anyOverdue,
                           List<SectionView> sections) {

        static PlanView of(PairHeader header, Plans.Plan plan) {
            List<SectionView> sections = plan.sectionList().stream().map(s -> new SectionView(s.code(), s.title(),
                    s.taskList().stream().map(t -> TaskRow.of(header.id(), t)).toList())).toList();
            String progress = plan.total() == 0 ? "Задач в плане пока нет"
                    : "Выполнено задач: " + plan.done() + " из " + plan.total()
                    + (plan.overdue() > 0 ? ", просрочено: " + plan.overdue() : ", просроченных нет");
            return new PlanView(plan.saved(), text(plan.difficulties()), text(plan.goals()), progress,
                    plan.overdue() > 0, sections);
        }
    }

    public record SectionView(String code, String title, List<TaskRow> tasks) {
    }

    public record TaskRow(@Nullable UUID id, String title, String dueOn, String expectedResult, String reportingForm,
                          boolean done, String mark, boolean overdue, @Nullable String practiceTitle,
                          @Nullable String practiceLink) {

        static TaskRow of(UUID pairId, Plans.Task t) {
            String mark = t.done() ? "выполнено" + (t.doneOn() == null ? "" : " " + Dates.day(t.doneOn()))
                    : t.overdue() ? "просрочено" : "в работе";
            String practice = t.practiceId() == null ? null
                    : t.practiceTitle() != null && !t.practiceTitle().isBlank() ? t.practiceTitle()
                    : "практика из банка";
            return new TaskRow(t.id(), t.title(), Dates.day(t.dueOn()), text(t.expectedResult()),
                    text(t.reportingForm()), t.done(), mark, t.overdue() && !t.done(), practice,
                    t.practiceId() == null ? null : "/practices/" + t.practiceId());
        }
    }

    public record MeetingLog(String summary, List<MeetingRow> rows) {

        static MeetingLog of(PairHeader header, Meetings.Log log, boolean mayAttach) {
            String summary = log.held() == 0 && log.list().isEmpty() ? "Встреч пока не было"
                    : "Встреч проведено: " + log.held() + ", последняя " + Dates.day(log.lastMeetingOn());
            return new MeetingLog(summary, log.list().stream()
                    .map(m -> MeetingRow.of(header, m, mayAttach)).toList());
        }
    }

    public record MeetingRow(UUID id, String date, String kind, String format, String topic, @Nullable String result,
                             String duration, String loggedBy, boolean confirmed, String confirmation,
                             boolean canConfirm, boolean canAttach, List<FileLink> files) {

        static MeetingRow of(PairHeader header, Meetings.Meeting m, boolean mayAttach) {
            String confirmation = m.confirmed()
                    ? "подтверждена" + (m.confirmedOn() == null ? "" : " " + Dates.day(m.confirmedOn()))
                    : "ждёт подтверждения";
            return new MeetingRow(m.id(), Dates.day(m.date()), WorkLabels.title(m.kindTitle(), WorkLabels.KINDS, m.kind()),
                    WorkLabels.title(m.formatTitle(), WorkLabels.FORMATS, m.format()), text(m.topic()),
                    m.result() == null || m.result().isBlank() ? null : m.result().strip(),
                    m.durationMinutes() == null ? "—" : m.durationMinutes() + " мин",
                    WorkLabels.title(m.loggedByTitle(), WorkLabels.SIDES, m.loggedBy()), m.confirmed(), confirmation,
                    !m.confirmed() && (m.canConfirm() != null ? m.canConfirm() : mayConfirm(header.side(), m.loggedBy())),
                    mayAttach,
                    m.fileList().stream().map(f -> new FileLink(f.name(), WorkLabels.size(f.size()),
                            "/pairs/" + header.id() + "/files/" + f.id())).toList());
        }

        /** The other side confirms: the mentee or the curator what the mentor logged, the mentor the rest. */
        static boolean mayConfirm(Side side, @Nullable String loggedBy) {
            String by = loggedBy == null ? "" : loggedBy;
            return switch (side) {
                case CURATOR -> "MENTOR".equals(by);
                case MENTOR -> "MENTEE".equals(by) || "CURATOR".equals(by);
                case MENTEE -> "MENTOR".equals(by) || "CURATOR".equals(by);
            };
        }
    }

    public record FileLink(String name, String size, String href) {
    }

    /** How the pair ended, as lines of a card; empty while it works. */
    public record Ending(List<Labelled> completion, List<Labelled> termination, @Nullable String concern,
                         @Nullable UUID followUpPairId) {

        static Ending of(@Nullable Pairs.Pair pair) {
            if (pair == null) {
                return new Ending(List.of(), List.of(), null, null);
            }
            return new Ending(completion(pair.completion(), pair.teacherPair()), termination(pair.termination()),
                    pair.concern() == null || pair.concern().isBlank() ? null : pair.concern().strip(),
                    pair.followUpPairId());
        }

        private static List<Labelled> completion(@Nullable Completions.Completion c, boolean teacherPair) {
            if (c == null) {
                return List.of();
            }
            List<Labelled> lines = new ArrayList<>();
            lines.add(Labelled.of("Завершена", Dates.day(c.completedOn())));
            lines.add(Labelled.of("Результаты", c.results()));
            lines.add(Labelled.of("Оценка наставника", score(c.mentorScore(), c.mentorText())));
            lines.add(Labelled.of("Оценка наставляемого", score(c.menteeScore(), c.menteeText())));
            String decision = WorkLabels.title(c.decisionTitle(), WorkLabels.DECISIONS, c.decision());
            if ("CONTINUE".equals(c.decision())) {
                decision = decision + ": «" + text(c.continueTopic()) + "» до " + Dates.day(c.continueUntil());
            }
            lines.add(Labelled.of("Решение", decision));
            if (teacherPair || c.readiness() != null) {
                lines.add(Labelled.of("Готовность наставляемого",
                        WorkLabels.title(c.readinessTitle(), WorkLabels.READINESS, c.readiness())));
            }
            return lines;
        }

        private static List<Labelled> termination(@Nullable Completions.Termination t) {
            if (t == null) {
                return List.of();
            }
            return List.of(Labelled.of("Прекращена", Dates.day(t.terminatedOn())),
                    Labelled.of("Инициатор", WorkLabels.title(t.initiatorTitle(), WorkLabels.INITIATORS, t.initiator())),
                    Labelled.of("Причина", t.reasonTitle() != null ? t.reasonTitle() : t.reason()),
                    Labelled.of("Комментарий", t.comment()));
        }

        private static String score(@Nullable Integer score, @Nullable String text) {
            if (score == null) {
                return "не выставлена";
            }
            return score + " из 10" + (text == null || text.isBlank() ? "" : " — " + text.strip());
        }
    }

    private static String text(@Nullable String value) {
        return value == null || value.isBlank() ? "не указано" : value.strip();
    }
}
