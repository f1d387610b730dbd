package ru.mentoring.school.mentee;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The school's mentee base, and the one way other features (consent, pairs, matching) read a mentee or
 * move them along their way (candidate → in a pair → completed → archived).
 */
@Singleton
public class MenteeService {

    private final MenteeRepository mentees;
    private final MenteeQueries queries;
    private final RequestCategories categories;
    private final Today today;
    private final Clock clock;
    private final ApplicationEventPublisher<MenteeArchived> archivals;

    MenteeService(MenteeRepository mentees, MenteeQueries queries, RequestCategories categories, Today today, Clock clock,
                  ApplicationEventPublisher<MenteeArchived> archivals) {
        this.mentees = mentees;
        this.queries = queries;
        this.categories = categories;
        this.today = today;
        this.clock = clock;
        this.archivals = archivals;
    }

    @Transactional
    public Mentee register(String schoolId, SaveMenteeCommand command) {
        String category = checked(schoolId, command);
        return mentees.save(fromCommand(UUID.randomUUID(), schoolId, UUID.randomUUID(), command, category,
                MenteeStatus.CANDIDATE, null, null));
    }

    @Transactional
    public Mentee update(String schoolId, UUID id, SaveMenteeCommand command) {
        Mentee current = mentees.findByIdAndSchoolIdForUpdate(id, schoolId)
                .orElseThrow(() -> BusinessRuleException.notFound("Наставляемый не найден"));
        String category = checked(schoolId, command);
        return mentees.update(fromCommand(id, schoolId, current.menteeKey(), command, category, current.status(),
                current.archivedAt(), current.createdAt()));
    }

    @Transactional(readOnly = true)
    public Optional<Mentee> find(String schoolId, UUID id) {
        return mentees.findByIdAndSchoolId(id, schoolId);
    }

    /** The school's mentees with these ids, in the order given; ids of no mentee of the school are left out. */
    @Transactional(readOnly = true)
    public List<Mentee> findAll(String schoolId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Mentee> byId = new HashMap<>();
        mentees.findBySchoolIdAndIdIn(schoolId, ids).forEach(m -> byId.put(m.id(), m));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public List<Mentee> search(String schoolId, @Nullable MenteeStatus status, @Nullable MenteeKind kind,
                               @Nullable String category, @Nullable String text) {
        return findAll(schoolId, queries.ids(schoolId, status, kind, category, text));
    }

    @Transactional(readOnly = true)
    public List<Mentee> all(String schoolId) {
        return mentees.findBySchoolIdOrderByFullName(schoolId);
    }

    /** Moves the mentee along; archiving is refused while a pair runs. */
    @Transactional
    public Mentee changeStatus(String schoolId, UUID id, MenteeStatus status) {
        Mentee mentee = mentees.findByIdAndSchoolIdForUpdate(id, schoolId)
                .orElseThrow(() -> BusinessRuleException.notFound("Наставляемый не найден"));
        if (status == MenteeStatus.ARCHIVED && mentee.status() == MenteeStatus.IN_PAIR) {
            throw new BusinessRuleException("Наставляемый в паре: сначала завершите работу пары");
        }
        Mentee changed = mentees.update(mentee.withStatus(status, status == MenteeStatus.ARCHIVED ? clock.instant() : null));
        if (status == MenteeStatus.ARCHIVED && mentee.status() != MenteeStatus.ARCHIVED) {
            archivals.publishEvent(new MenteeArchived(schoolId, id));
        }
        return changed;
    }

    public Today today() {
        return today;
    }

    /** All problems of the mentee at once, so the curator fixes the form in one pass; @return the category code */
    @Nullable
    private String checked(String schoolId, SaveMenteeCommand c) {
        List<String> problems = new ArrayList<>();
        MenteeKind kind = c.kind() == null ? MenteeKind.PUPIL : c.kind();
        if (kind == MenteeKind.PUPIL && c.grade() != null && !c.grade().isBlank() && !Grades.valid(c.grade())) {
            problems.add("Класс указывается как «7Б» или «10»: от 1 до 11");
        }
        String category = null;
        if (c.requestCategory() != null && !c.requestCategory().isBlank()) {
            category = categories.find(schoolId, c.requestCategory()).filter(RequestCategory::active)
                    .map(r -> r.key().code()).orElse(null);
            if (category == null) {
                problems.add("Категории запроса «" + c.requestCategory().strip() + "» нет в карте запросов школы");
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        return category;
    }

    private static Mentee fromCommand(UUID id, String schoolId, UUID key, SaveMenteeCommand c, @Nullable String category,
                                      MenteeStatus status, @Nullable java.time.Instant archivedAt,
                                      @Nullable java.time.Instant createdAt) {
        MenteeKind kind = c.kind() == null ? MenteeKind.PUPIL : c.kind();
        return new Mentee(id, schoolId, key, c.fullName().strip(), kind, c.birthDate(),
                kind == MenteeKind.PUPIL ? Grades.normalised(blank(c.grade())) : blank(c.grade()), blank(c.position()),
                blank(c.subject()), c.experienceYears(), blank(c.organisation()), blank(c.contact()),
                blank(c.guardianName()), blank(c.guardianContact()), category, blank(c.request()), c.enteredAt(),
                c.source() == null ? MenteeSource.CURATOR : c.source(), status, blank(c.availableTime()),
                Boolean.TRUE.equals(c.supportNeeds()), Boolean.TRUE.equals(c.difficultSituation()),
                Boolean.TRUE.equals(c.behaviour()), Boolean.TRUE.equals(c.poorResults()), archivedAt, createdAt, null);
    }

    @Nullable
    private static String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
