package ru.mentoring.school.pair;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.pair.PairFormation;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.consent.ConsentService;
import ru.mentoring.school.directory.DirectoryEntry;
import ru.mentoring.school.directory.MentorDirectory;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.mentee.MenteeStatus;
import ru.mentoring.school.notice.CuratorNotices;
import ru.mentoring.school.notice.NoticeKind;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Forms pairs and groups, and moves them through their states. A pair takes the mentor's seats
 * through the mentor bank: it waits as AWAITING_CONFIRMATION until the bank answers (also when the
 * bank is down for a while), then runs or is refused.
 */
@Singleton
public class PairService {

    private final PairRepository pairs;
    private final PairMemberRepository members;
    private final MenteeService mentees;
    private final ConsentService consents;
    private final MentorDirectory directory;
    private final FormTitles forms;
    private final PairPublisher publisher;
    private final CuratorNotices notices;

    PairService(PairRepository pairs, PairMemberRepository members, MenteeService mentees, ConsentService consents,
                MentorDirectory directory, FormTitles forms, PairPublisher publisher, CuratorNotices notices) {
        this.pairs = pairs;
        this.members = members;
        this.mentees = mentees;
        this.consents = consents;
        this.directory = directory;
        this.forms = forms;
        this.publisher = publisher;
        this.notices = notices;
    }

    /** Every reason the pair cannot be formed, at once; nothing is written unless there is none. */
    @Transactional
    Pair form(String schoolId, PairCommands.FormPair c, String by) {
        List<String> problems = new ArrayList<>();
        if (c.endsOn().isBefore(c.startsOn())) {
            problems.add("Дата окончания работы пары раньше даты начала");
        }
        String form = c.form().strip();
        if (!forms.exists(form)) {
            problems.add("Неизвестная форма наставничества «" + form + "»");
        }
        Set<UUID> ids = new LinkedHashSet<>(c.menteeIds());
        List<Mentee> people = mentees.findAll(schoolId, ids);
        if (people.size() != ids.size()) {
            throw BusinessRuleException.notFound("Наставляемый не найден");
        }
        people.stream().filter(m -> m.status() == MenteeStatus.ARCHIVED)
                .forEach(m -> problems.add(m.fullName() + " в архиве: верните наставляемого в базу"));
        Set<UUID> consented = consents.processingAllowed(schoolId, ids);
        people.stream().filter(m -> !consented.contains(m.id()))
                .forEach(m -> problems.add("Нет согласия на обработку персональных данных: " + m.fullName()));
        Map<UUID, Mentee> byId = people.stream().collect(Collectors.toMap(Mentee::id, Function.identity()));
        members.findBySchoolIdAndKeyMenteeIdInAndActive(schoolId, ids, true).stream()
                .filter(m -> m.form().equals(form))
                .forEach(m -> problems.add(byId.get(m.key().menteeId()).fullName() + " уже в паре по форме «"
                        + forms.title(form) + "»"));
        DirectoryEntry mentor = directory.visibleTo(schoolId, c.mentorId())
                .orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (!mentor.acceptingRequests()) {
            problems.add("Наставник " + mentor.fullName() + " сейчас не принимает новых наставляемых");
        } else if (mentor.freeSeats() < ids.size()) {
            problems.add("У наставника " + mentor.fullName() + " свободно мест: " + mentor.freeSeats()
                    + ", а наставляемых: " + ids.size());
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        PairFormation how = c.how() == null ? PairFormation.ASSIGNMENT : c.how();
        PairStatus status = how == PairFormation.CHOICE ? PairStatus.AWAITING_MENTOR : PairStatus.AWAITING_CONFIRMATION;
        Pair pair = pairs.save(new Pair(UUID.randomUUID(), schoolId, mentor.id(), mentor.fullName(), mentor.homeSchoolId(),
                mentor.accountKey(), form, blank(c.variant()), how, status, c.startsOn(), c.endsOn(), null, null, by,
                null, null, null, null, null, null, null, null, null, null));
        for (UUID menteeId : ids) {
            members.save(new PairMember(new PairMember.Key(pair.id(), menteeId), schoolId, form, true));
        }
        publisher.publish(pair);
        return pair;
    }

    /**
     * A mentee with a login picks their mentor themself (mutual choice): the pair is formed by the same rules
     * as the curator's and waits for the mentor's answer.
     */
    @Transactional
    public Pair chosenByMentee(String schoolId, UUID menteeId, UUID mentorId, String form, java.time.LocalDate startsOn,
                               java.time.LocalDate endsOn, String by) {
        return form(schoolId, new PairCommands.FormPair(mentorId, List.of(menteeId), form, null, startsOn, endsOn,
                PairFormation.CHOICE), by);
    }

    /** The mentor bank's answer about the seats. A decision about a pair no longer waiting changes nothing. */
    @Transactional
    void seatsDecided(UUID pairId, boolean confirmed, String reason) {
        Pair pair = pairs.findByIdForUpdate(pairId).orElse(null);
        if (pair == null || pair.status() != PairStatus.AWAITING_CONFIRMATION) {
            return;
        }
        if (confirmed) {
            Pair active = pairs.update(pair.withStatus(PairStatus.ACTIVE, null, null));
            for (PairMember member : members.findByKeyPairId(pairId)) {
                mentees.changeStatus(pair.schoolId(), member.key().menteeId(), MenteeStatus.IN_PAIR);
            }
            publisher.publish(active);
        } else {
            Pair refused = end(pair, PairStatus.REFUSED, reason);
            notices.tell(pair.schoolId(), NoticeKind.SEATS_REFUSED, "Банк наставников не закрепил наставника "
                    + pair.mentorName() + " за парой: " + reason, pairId, null);
            publisher.publish(refused);
        }
    }

    /** The mentor agrees to a pair a mentee chose; the seats are then asked of the mentor bank. */
    @Transactional
    Pair acceptAsMentor(Pair seen) {
        Pair pair = locked(seen);
        requireAwaitingMentor(pair);
        Pair accepted = pairs.update(pair.withStatus(PairStatus.AWAITING_CONFIRMATION, null, null));
        publisher.publish(accepted);
        return accepted;
    }

    @Transactional
    Pair declineAsMentor(Pair seen, String reason) {
        Pair pair = locked(seen);
        requireAwaitingMentor(pair);
        String why = reason == null || reason.isBlank() ? "наставник отказался" : "наставник отказался: " + reason.strip();
        Pair declined = end(pair, PairStatus.REFUSED, why);
        notices.tell(pair.schoolId(), NoticeKind.MENTOR_DECLINED, pair.mentorName() + " не принял выбор наставляемого ("
                + why + ")", pair.id(), null);
        publisher.publish(declined);
        return declined;
    }

    @Transactional
    Pair recordLabourChecklist(String schoolId, UUID pairId, PairCommands.LabourChecklist c) {
        Pair pair = lock(schoolId, pairId);
        if (!pair.teacherPair()) {
            throw new BusinessRuleException("Согласие по ТК ст. 351.8 и дополнительное соглашение оформляются "
                    + "только для пар «учитель – учитель»");
        }
        return pairs.update(pair.withLabourChecklist(c));
    }

    @Transactional(readOnly = true)
    Pair own(String schoolId, UUID pairId) {
        return pairs.findByIdAndSchoolId(pairId, schoolId).orElseThrow(() -> BusinessRuleException.notFound("Пара не найдена"));
    }

    @Transactional(readOnly = true)
    public List<Pair> all(String schoolId) {
        return pairs.findBySchoolIdOrderByCreatedAtDesc(schoolId);
    }

    @Transactional(readOnly = true)
    List<UUID> menteesOf(UUID pairId) {
        return members.findByKeyPairId(pairId).stream().map(m -> m.key().menteeId()).toList();
    }

    @Transactional(readOnly = true)
    Map<UUID, List<UUID>> menteesOf(List<UUID> pairIds) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        return members.findByKeyPairIdIn(pairIds).stream().collect(Collectors.groupingBy(m -> m.key().pairId(),
                Collectors.mapping(m -> m.key().menteeId(), Collectors.toList())));
    }

    /** Running pairs (waiting or active) in which the mentee takes part. */
    @Transactional(readOnly = true)
    public List<Pair> runningPairsOf(String schoolId, UUID menteeId) {
        return members.findBySchoolIdAndKeyMenteeIdInAndActive(schoolId, List.of(menteeId), true).stream()
                .map(m -> pairs.findById(m.key().pairId()).orElseThrow())
                .filter(p -> !p.status().ended())
                .toList();
    }

    /** A pair of the school, for the features that work on it (plan, meetings, completion). */
    @Transactional(readOnly = true)
    public Pair pair(String schoolId, UUID pairId) {
        return own(schoolId, pairId);
    }

    /** The pair's row locked until the transaction ends: one change of its life at a time. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public Pair lock(String schoolId, UUID pairId) {
        return pairs.findByIdForUpdate(pairId).filter(p -> p.schoolId().equals(schoolId))
                .orElseThrow(() -> BusinessRuleException.notFound("Пара не найдена"));
    }

    /** Every working pair of every school; for the platform's own jobs, bound to the system scope. */
    @Transactional(readOnly = true)
    public List<Pair> activeEverywhere() {
        return pairs.findByStatus(PairStatus.ACTIVE);
    }

    @Transactional(readOnly = true)
    public List<UUID> menteeIds(UUID pairId) {
        return menteesOf(pairId);
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<UUID>> menteeIds(List<UUID> pairIds) {
        return menteesOf(pairIds);
    }

    /**
     * Ends a running pair as COMPLETED or TERMINATED on the day given: its mentees leave it (and, in no
     * other running pair, have completed the programme), and the event with the monitoring figures gives
     * the mentor's seats back in the mentor bank. The caller holds the pair's lock ({@link #lock}).
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public Pair close(Pair pair, PairStatus status, java.time.LocalDate on, PairClosing closing) {
        if (status != PairStatus.COMPLETED && status != PairStatus.TERMINATED) {
            throw new IllegalArgumentException("a pair closes as completed or terminated");
        }
        if (pair.status() != PairStatus.ACTIVE) {
            throw new BusinessRuleException("Пара " + PairView.statusTitle(pair.status())
                    + ": завершить или прекратить можно только работающую пару");
        }
        List<PairMember> roster = members.findByKeyPairId(pair.id());
        for (PairMember member : roster) {
            members.update(member.ended());
        }
        Pair closed = pairs.update(pair.withStatus(status, null, on));
        for (PairMember member : roster) {
            UUID mentee = member.key().menteeId();
            if (runningPairsOf(pair.schoolId(), mentee).isEmpty()) {
                mentees.changeStatus(pair.schoolId(), mentee, MenteeStatus.COMPLETED);
            }
        }
        publisher.publish(closed, closing, closed.id());
        return closed;
    }

    /**
     * The pair that continues a completed one (same mentor and mentees, the new topic as its variant, a
     * new term), waiting for the mentor bank's seats like any new pair. Its first event is ordered after
     * the completed pair's, so the bank has given those seats back before it is asked again.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public Pair continueAs(Pair ended, UUID id, String topic, java.time.LocalDate startsOn, java.time.LocalDate endsOn,
                           String by) {
        List<UUID> ids = menteesOf(ended.id());
        Set<UUID> consented = consents.processingAllowed(ended.schoolId(), ids);
        List<String> missing = mentees.findAll(ended.schoolId(), ids).stream().filter(m -> !consented.contains(m.id()))
                .map(m -> "Нет согласия на обработку персональных данных: " + m.fullName()).toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", missing));
        }
        Pair next = pairs.save(new Pair(id, ended.schoolId(), ended.mentorId(), ended.mentorName(), ended.mentorSchoolId(),
                ended.mentorAccountKey(), ended.form(), topic, ended.formation(), PairStatus.AWAITING_CONFIRMATION,
                startsOn, endsOn, null, null, by, ended.labourConsentRef(), ended.labourConsentOn(),
                ended.agreementNumber(), ended.agreementOn(), ended.agreementContent(), ended.agreementTerm(),
                ended.agreementForm(), ended.paySupplement(), null, null));
        for (UUID menteeId : ids) {
            members.save(new PairMember(new PairMember.Key(next.id(), menteeId), ended.schoolId(), ended.form(), true));
        }
        publisher.publish(next, null, ended.id());
        return next;
    }

    /**
     * The pair as it is now, locked until the transaction ends: a write from a copy read earlier would put
     * back what changed since (the bank's confirmation arriving while the curator saved the checklist).
     */
    private Pair locked(Pair seen) {
        return lock(seen.schoolId(), seen.id());
    }

    private Pair end(Pair pair, PairStatus status, String reason) {
        for (PairMember member : members.findByKeyPairId(pair.id())) {
            members.update(member.ended());
        }
        return pairs.update(pair.withStatus(status, reason, null));
    }

    private static void requireAwaitingMentor(Pair pair) {
        if (pair.status() != PairStatus.AWAITING_MENTOR) {
            throw BusinessRuleException.conflict("Пара не ждёт решения наставника");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
