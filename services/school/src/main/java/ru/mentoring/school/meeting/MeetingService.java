package ru.mentoring.school.meeting;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.pair.Pair;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.pair.PairService;
import ru.mentoring.school.pair.PairSide;
import ru.mentoring.school.web.Refusal;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A pair's meeting log. A meeting is logged by one side and confirmed by the other; every rule broken is
 * refused at once and nothing written: a date before the pair started, after its end or in the future, a
 * second final meeting, a pair that is not working, a duration out of 1–600 minutes.
 */
@Singleton
public class MeetingService {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final int MAX_FILES = 10;
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MeetingRepository meetings;
    private final MeetingFileRepository files;
    private final MeetingQueries queries;
    private final PairService pairs;
    private final Today today;

    MeetingService(MeetingRepository meetings, MeetingFileRepository files, MeetingQueries queries, PairService pairs,
                   Today today) {
        this.meetings = meetings;
        this.files = files;
        this.queries = queries;
        this.pairs = pairs;
        this.today = today;
    }

    @Transactional
    MeetingView log(PairParticipant who, MeetingCommands.LogMeeting c) {
        Pair pair = pairs.lock(who.pair().schoolId(), who.pair().id());
        if (pair.status() != PairStatus.ACTIVE) {
            throw new BusinessRuleException(pair.status() == PairStatus.COMPLETED || pair.status() == PairStatus.TERMINATED
                    ? "Пара уже не работает: встречи в журнал не добавляются"
                    : "Пара ещё не начала работу: встречи записываются, когда она работает");
        }
        Refusal.Collector problems = Refusal.collect();
        LocalDate day = today.date();
        if (c.date() == null) {
            problems.add("date", "Укажите дату встречи");
        } else if (c.date().isBefore(pair.startsOn())) {
            problems.add("date", "Встреча " + RU.format(c.date()) + " раньше начала работы пары (" + RU.format(pair.startsOn()) + ")");
        } else if (c.date().isAfter(pair.endsOn())) {
            problems.add("date", "Встреча " + RU.format(c.date()) + " позже окончания работы пары (" + RU.format(pair.endsOn()) + ")");
        } else if (c.date().isAfter(day)) {
            problems.add("date", "Встреча " + RU.format(c.date()) + " ещё не прошла: в журнал записываются состоявшиеся встречи");
        }
        MeetingKind kind = problems.code(MeetingKind.class, c.kind(), "kind", "Укажите вид встречи", "Вид встречи");
        MeetingFormat format = problems.code(MeetingFormat.class, c.format(), "format", "Укажите формат встречи: очно или онлайн",
                "Формат встречи");
        problems.check(c.topic() == null || c.topic().isBlank(), "topic", "Укажите тему встречи");
        problems.check(c.durationMinutes() != null && (c.durationMinutes() < 1 || c.durationMinutes() > 600),
                "durationMinutes", "Продолжительность встречи — от 1 до 600 минут");
        problems.check(kind == MeetingKind.FINAL && meetings.existsByPairIdAndKind(pair.id(), MeetingKind.FINAL),
                "kind", "Итоговая встреча у пары уже есть: вторую записать нельзя");
        problems.throwIfAny();
        Meeting meeting = meetings.save(new Meeting(UUID.randomUUID(), pair.schoolId(), pair.id(), c.date(), kind, format,
                c.topic().strip(), blankToNull(c.result()), c.durationMinutes(), who.side(), null, null, null));
        return view(meeting, who, List.of());
    }

    @Transactional(readOnly = true)
    public MeetingView.Log log(PairParticipant who) {
        Pair pair = who.pair();
        List<Meeting> all = meetings.findByPairIdAndSchoolId(pair.id(), pair.schoolId()).stream()
                .sorted(java.util.Comparator.comparing(Meeting::heldOn).thenComparing(Meeting::createdAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
        Map<UUID, List<MeetingView.StoredFile>> attached = who.limitedCurator() ? Map.of()
                : queries.files(pair.schoolId(), pair.id()).stream().collect(Collectors.groupingBy(MeetingQueries.FileInfo::meetingId,
                Collectors.mapping(f -> new MeetingView.StoredFile(f.id(), f.name(), f.size(), f.contentType()), Collectors.toList())));
        List<MeetingView> items = all.stream().map(m -> view(m, who, attached.getOrDefault(m.id(), List.of()))).toList();
        LocalDate last = all.stream().map(Meeting::heldOn).max(LocalDate::compareTo).orElse(null);
        int toConfirm = (int) all.stream().filter(m -> m.confirmableBy(who.side())).count();
        return new MeetingView.Log(items, all.size(), last, toConfirm, who.limitedCurator(), pair.status() == PairStatus.ACTIVE);
    }

    @Transactional
    MeetingView confirm(PairParticipant who, UUID meetingId) {
        Meeting meeting = own(who, meetingId);
        if (meeting.confirmed()) {
            throw BusinessRuleException.conflict("Встреча уже подтверждена");
        }
        if (!meeting.confirmableBy(who.side())) {
            throw new BusinessRuleException(meeting.loggedBy() == who.side()
                    ? "Встречу подтверждает другая сторона пары, а не та, что её записала"
                    : "Встречу, записанную наставляемым, подтверждает наставник");
        }
        Meeting confirmed = meetings.update(meeting.confirmedBy(who.side(), today.date()));
        return view(confirmed, who, fileViews(who, meetingId));
    }

    @Transactional
    MeetingView.StoredFile attach(PairParticipant who, UUID meetingId, String fileName, byte[] content) {
        if (who.limitedCurator()) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Материалы пары учителей прикладывают наставник и наставляемый");
        }
        Meeting meeting = own(who, meetingId);
        pairs.lock(meeting.schoolId(), meeting.pairId());
        if (content.length == 0) {
            throw new BusinessRuleException("Файл пуст: приложите документ, таблицу, презентацию, фото или текст");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessRuleException("Файл больше 10 МБ: уменьшите его или приложите по частям");
        }
        FileKinds.Kind kind = FileKinds.of(content).orElseThrow(() -> new BusinessRuleException(
                "Такой файл приложить нельзя: подходят " + FileKinds.ALLOWED));
        if (files.countByMeetingId(meetingId) >= MAX_FILES) {
            throw new BusinessRuleException("К встрече уже приложено " + MAX_FILES + " файлов: больше нельзя");
        }
        MeetingFile file = files.save(new MeetingFile(UUID.randomUUID(), meeting.schoolId(), meeting.pairId(), meetingId,
                cleanName(fileName, kind), kind.contentType(), content.length, content, who.actor(), null));
        return new MeetingView.StoredFile(file.id(), file.name(), file.size(), file.contentType());
    }

    @Transactional(readOnly = true)
    MeetingFile file(PairParticipant who, UUID fileId) {
        if (who.limitedCurator()) {
            throw BusinessRuleException.notFound("Файл не найден");
        }
        return files.findByIdAndPairIdAndSchoolId(fileId, who.pair().id(), who.pair().schoolId())
                .orElseThrow(() -> BusinessRuleException.notFound("Файл не найден"));
    }

    /** Meeting logs in figures, for the pairs of one school. */
    @Transactional(readOnly = true)
    public Map<UUID, MeetingSummary> summaries(String schoolId, Collection<UUID> pairIds) {
        return queries.summaries(schoolId, pairIds);
    }

    @Transactional(readOnly = true)
    public MeetingSummary summary(String schoolId, UUID pairId) {
        return summaries(schoolId, List.of(pairId)).getOrDefault(pairId, MeetingSummary.NONE);
    }

    private Meeting own(PairParticipant who, UUID meetingId) {
        return meetings.findByIdAndPairIdAndSchoolId(meetingId, who.pair().id(), who.pair().schoolId())
                .orElseThrow(() -> BusinessRuleException.notFound("Встреча не найдена"));
    }

    private List<MeetingView.StoredFile> fileViews(PairParticipant who, UUID meetingId) {
        if (who.limitedCurator()) {
            return List.of();
        }
        return queries.files(who.pair().schoolId(), who.pair().id()).stream().filter(f -> f.meetingId().equals(meetingId))
                .map(f -> new MeetingView.StoredFile(f.id(), f.name(), f.size(), f.contentType())).toList();
    }

    private static MeetingView view(Meeting m, PairParticipant who, List<MeetingView.StoredFile> attached) {
        boolean limited = who.limitedCurator();
        return new MeetingView(m.id(), m.heldOn(), m.kind(), m.kind().title(), m.format(), m.format().title(),
                limited ? null : m.topic(), limited ? null : m.result(), m.durationMinutes(), m.loggedBy(),
                m.loggedBy().title(), m.confirmed(), m.confirmedOn(), m.confirmedBy(), attached,
                m.confirmableBy(who.side()));
    }


    /** The name as the user gave it, without a path; a name without one gets the kind's extension. */
    private static String cleanName(String name, FileKinds.Kind kind) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (base.isEmpty()) {
            base = "файл." + kind.name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
