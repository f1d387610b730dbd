package ru.mentoring.school.completion;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.pair.PairDecision;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.model.pair.TerminationInitiator;
import ru.mentoring.school.meeting.MeetingService;
import ru.mentoring.school.pair.Pair;
import ru.mentoring.school.pair.PairClosing;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.pair.PairService;
import ru.mentoring.school.pair.PairSide;
import ru.mentoring.school.plan.PlanProgress;
import ru.mentoring.school.plan.PlanService;
import ru.mentoring.school.web.Refusal;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How a pair ends (DOMAIN §5 stage 7): the mutual assessment, completion with results and the decision to
 * go on (a follow-up pair with a new topic and term) or stop, or early termination with an initiator and a
 * reason from the school's list. Both end the pair in the transaction that records them, and the pair's
 * event gives the mentor's seats back in the mentor bank. A refused request changes nothing.
 */
@Singleton
class CompletionService {

    private final AssessmentRepository assessments;
    private final CompletionRepository completions;
    private final TerminationRepository terminations;
    private final TerminationReasons reasons;
    private final PairService pairs;
    private final PlanService plans;
    private final MeetingService meetings;
    private final Today today;

    CompletionService(AssessmentRepository assessments, CompletionRepository completions, TerminationRepository terminations,
                      TerminationReasons reasons, PairService pairs, PlanService plans, MeetingService meetings, Today today) {
        this.assessments = assessments;
        this.completions = completions;
        this.terminations = terminations;
        this.reasons = reasons;
        this.pairs = pairs;
        this.plans = plans;
        this.meetings = meetings;
        this.today = today;
    }

    /** The caller's own side's assessment; given again, it replaces the earlier one until the pair ends. */
    @Transactional
    Assessment assess(PairParticipant who, CompletionCommands.Assess c) {
        if (who.is(PairSide.CURATOR)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN,
                    "Оценку дают наставник и наставляемый; куратор вносит их оценки при завершении пары");
        }
        Pair pair = pairs.lock(who.pair().schoolId(), who.pair().id());
        if (pair.status() != PairStatus.ACTIVE) {
            throw new BusinessRuleException("Оценку дают, пока пара работает");
        }
        return write(pair, who.side(), c.score(), c.text(), who.actor());
    }

    @Transactional(readOnly = true)
    PairEnding.Assessments assessments(PairParticipant who) {
        var both = assessmentsOf(who.pair());
        // each side sees its own word; the curator sees both
        return switch (who.side()) {
            case CURATOR -> both;
            case MENTOR -> new PairEnding.Assessments(both.mentorScore(), both.mentorText(), null, null);
            case MENTEE -> new PairEnding.Assessments(null, null, both.menteeScore(), both.menteeText());
        };
    }

    @Transactional
    Pair complete(PairParticipant who, CompletionCommands.Complete c) {
        if (who.is(PairSide.MENTEE)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Пару завершают наставник или куратор");
        }
        Pair pair = pairs.lock(who.pair().schoolId(), who.pair().id());
        requireActive(pair);
        var held = meetings.summary(pair.schoolId(), pair.id());
        if (held.held() == 0) {
            throw new BusinessRuleException("Пара не провела ни одной встречи: завершить её нельзя. "
                    + "Запишите встречи в журнал или прекратите работу пары досрочно с указанием причины");
        }
        LocalDate day = today.date();
        Refusal.Collector problems = Refusal.collect();
        problems.check(c.results() == null || c.results().isBlank(), "results", "Опишите результаты работы пары");
        PairDecision decision = problems.code(PairDecision.class, c.decision(), "decision",
                "Укажите решение: продолжить работу или завершить наставничество", "Решение");
        if (decision == PairDecision.CONTINUE) {
            problems.check(c.continueTopic() == null || c.continueTopic().isBlank(), "continueTopic",
                    "Чтобы продолжить работу, укажите новую тему");
            if (c.continueUntil() == null) {
                problems.add("continueUntil", "Чтобы продолжить работу, укажите новый срок");
            } else if (!c.continueUntil().isAfter(day)) {
                problems.add("continueUntil", "Новый срок должен быть позже сегодняшнего дня");
            } else if (c.continueUntil().isAfter(day.plusYears(2))) {
                problems.add("continueUntil", "Новый срок — не дальше двух лет");
            }
        }
        Readiness readiness = null;
        if (pair.teacherPair()) {
            readiness = problems.code(Readiness.class, c.readiness(), "readiness", "Укажите вывод наставника о готовности: "
                    + "готов, готов при условии дополнительного сопровождения или не готов", "Вывод о готовности");
        }
        problems.check(who.is(PairSide.MENTOR) && c.menteeScore() != null, "menteeScore",
                "Оценку наставляемого даёт сам наставляемый или вносит куратор");
        problems.throwIfAny();

        if (c.mentorScore() != null) {
            write(pair, PairSide.MENTOR, c.mentorScore(), c.mentorText(), who.actor());
        }
        if (c.menteeScore() != null) {
            write(pair, PairSide.MENTEE, c.menteeScore(), c.menteeText(), who.actor());
        }
        UUID followUp = decision == PairDecision.CONTINUE ? UUID.randomUUID() : null;
        completions.save(new Completion(pair.id(), pair.schoolId(), c.results().strip(), decision,
                followUp == null ? null : c.continueTopic().strip(), followUp == null ? null : c.continueUntil(), readiness,
                followUp, day, who.actor(), null));
        PairEnding.Assessments scores = assessmentsOf(pair);
        PlanProgress plan = plans.progress(pair.schoolId(), pair.id());
        Pair completed = pairs.close(pair, PairStatus.COMPLETED, day, new PairClosing(held.held(), plan.done(), plan.total(),
                scores.mentorScore(), scores.menteeScore(), decision, followUp, null, null));
        if (followUp != null) {
            pairs.continueAs(completed, followUp, c.continueTopic().strip(), day, c.continueUntil(), who.actor());
        }
        return completed;
    }

    @Transactional
    Pair terminate(PairParticipant who, CompletionCommands.Terminate c) {
        Pair pair = pairs.lock(who.pair().schoolId(), who.pair().id());
        requireActive(pair);
        Refusal.Collector problems = Refusal.collect();
        TerminationInitiator initiator = problems.code(TerminationInitiator.class, c.initiator(), "initiator",
                "Укажите, кто инициирует прекращение: наставник, наставляемый, куратор или родитель", "Инициатор");
        String code = c.reason() == null ? "" : c.reason().strip();
        if (code.isEmpty()) {
            problems.add("reason", "Выберите причину из списка");
        } else {
            var reason = reasons.find(pair.schoolId(), code);
            problems.check(reason.isEmpty(), "reason", "Такой причины нет в списке школы");
            problems.check(reason.isPresent() && !reason.get().active(), "reason",
                    "Причина «" + reason.map(TerminationReason::title).orElse("") + "» больше не используется");
        }
        problems.throwIfAny();
        LocalDate day = today.date();
        terminations.save(new Termination(pair.id(), pair.schoolId(), initiator, code,
                c.comment() == null || c.comment().isBlank() ? null : c.comment().strip(), day, who.actor(), null));
        PairEnding.Assessments scores = assessmentsOf(pair);
        PlanProgress plan = plans.progress(pair.schoolId(), pair.id());
        return pairs.close(pair, PairStatus.TERMINATED, day, new PairClosing(meetings.summary(pair.schoolId(), pair.id()).held(),
                plan.done(), plan.total(), scores.mentorScore(), scores.menteeScore(), null, null, initiator, code));
    }

    private Assessment write(Pair pair, PairSide side, int score, String text, String by) {
        var key = new Assessment.Key(pair.id(), side);
        var assessment = new Assessment(key, pair.schoolId(), score, text == null || text.isBlank() ? null : text.strip(), by, null);
        return assessments.existsById(key) ? assessments.update(assessment) : assessments.save(assessment);
    }

    private PairEnding.Assessments assessmentsOf(Pair pair) {
        return assessments.findBySchoolIdAndKeyPairIdIn(pair.schoolId(), List.of(pair.id())).stream()
                .reduce(new PairEnding.Assessments(null, null, null, null), (acc, a) -> a.key().side() == PairSide.MENTOR
                        ? new PairEnding.Assessments(a.score(), a.text(), acc.menteeScore(), acc.menteeText())
                        : new PairEnding.Assessments(acc.mentorScore(), acc.mentorText(), a.score(), a.text()), (x, y) -> y);
    }

    private static void requireActive(Pair pair) {
        if (pair.status() != PairStatus.ACTIVE) {
            throw new BusinessRuleException(switch (pair.status()) {
                case COMPLETED -> "Пара уже завершена";
                case TERMINATED -> "Работа пары уже прекращена";
                case REFUSED -> "Пара не состоялась: завершать нечего";
                default -> "Пара ещё не начала работу: она ждёт подтверждения наставника в банке наставников";
            });
        }
    }

}
