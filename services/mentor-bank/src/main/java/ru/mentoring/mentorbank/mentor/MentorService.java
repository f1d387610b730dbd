package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.catalogue.Catalogue;
import ru.mentoring.mentorbank.school.Schools;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps mentor profiles; the one way other features change a mentor. Every change leaves with the
 * full profile through the outbox, in the transaction that made it.
 */
@Singleton
public class MentorService {

    private final MentorRepository mentors;
    private final MentorStateRepository state;
    private final MentorQueries queries;
    private final MentorPublisher publisher;
    private final Catalogue catalogue;
    private final Schools schools;
    private final Clock clock;

    MentorService(MentorRepository mentors, MentorStateRepository state, MentorQueries queries,
                  MentorPublisher publisher, Catalogue catalogue, Schools schools, Clock clock) {
        this.mentors = mentors;
        this.state = state;
        this.queries = queries;
        this.publisher = publisher;
        this.catalogue = catalogue;
        this.schools = schools;
        this.clock = clock;
    }

    /** The mentor and the event announcing it commit together or not at all. */
    @Transactional
    public Mentor register(MentorProfileCommand command) {
        checkAgainstCatalogues(command, null);
        return publisher.publish(mentors.save(fromCommand(UUID.randomUUID(), 1, command, null)), MentorEvents.REGISTERED);
    }

    /** Own strengths and formats left out of the command ({@code null}) stay as the mentor has them. */
    @Transactional
    public Mentor update(UUID id, MentorProfileCommand command) {
        Mentor current = mentors.findByIdForUpdate(id).orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        checkAgainstCatalogues(command, current);
        int taken = current.activeAssignments() + current.reservedSeats();
        if (command.capacity() < taken) {
            throw new BusinessRuleException("Нельзя уменьшить вместимость до " + command.capacity()
                    + ": у наставника уже " + taken + " наставляемых или запросов в работе");
        }
        Mentor updated = mentors.update(fromCommand(id, current.revision() + 1, command, current));
        return publisher.publish(updated, MentorEvents.UPDATED);
    }

    @Transactional(readOnly = true)
    public Optional<Mentor> find(UUID id) {
        return mentors.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Mentor> all() {
        return mentors.findAllOrderByFullName();
    }

    /** In the order of the ids given; ids of no mentor are left out. */
    @Transactional(readOnly = true)
    public List<Mentor> findAll(List<UUID> ids) {
        return queries.inOrder(ids);
    }

    /** The mentor whose profile carries this e-mail: how a mentor's login finds its profile. */
    @Transactional(readOnly = true)
    public Optional<Mentor> findByEmail(String email) {
        return queries.idByEmail(email).flatMap(mentors::findById);
    }

    /** Mentors whose name contains the text, ignoring case: for filters of other features' lists. */
    @Transactional(readOnly = true)
    public List<UUID> idsByName(String text) {
        return queries.idsByName(text);
    }

    /** Approval into the municipal bank or a network project widens who sees the mentor, never narrows it. */
    @Transactional
    public void widenVisibility(UUID id, MentorVisibility target) {
        Mentor mentor = mentors.findById(id).orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (mentor.visibility() != MentorVisibility.MUNICIPAL && mentor.visibility() != target) {
            state.setVisibility(id, target);
            publisher.publishUpdate(id);
        }
    }

    @Transactional
    public void linkAccount(UUID id, String username) {
        state.linkAccount(id, username);
        publisher.publishUpdate(id);
    }

    @Transactional(readOnly = true)
    public Optional<String> accountOf(UUID id) {
        return Optional.ofNullable(state.accountOf(id));
    }

    /** What schools see of the mentor changed without the mentor changing (a network's members). */
    @Transactional
    public void reannounce(UUID id) {
        state.touch(id);
        publisher.publishUpdate(id);
    }

    /**
     * Pause, leave, or come back. A paused or departed mentor takes no new requests (the seat desk
     * refuses them); the pairs they already run go on, and their seats stay taken.
     */
    @Transactional
    public Mentor changeStatus(UUID id, MentorStatus status, @Nullable String reason) {
        Mentor mentor = mentors.findByIdForUpdate(id).orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (mentor.status() == status) {
            throw BusinessRuleException.conflict(switch (status) {
                case ACTIVE -> "Наставник и так работает в банке";
                case PAUSED -> "Наставник уже на паузе";
                case LEFT -> "Наставник уже вышел из банка";
            });
        }
        state.setStatus(id, status, status == MentorStatus.ACTIVE ? null : blankToNull(reason), clock.instant());
        return publisher.publishUpdate(id);
    }

    /** A competency was renamed in the catalogue: the mentors who have it carry the new title. */
    @Transactional
    public int renameStrength(String title, String newTitle) {
        List<UUID> changed = state.renameStrength(title, newTitle);
        changed.forEach(publisher::publishUpdate);
        return changed.size();
    }

    /** Every own phrase with the mentors who carry it, as each mentor's sheet spelled it. */
    @Transactional(readOnly = true)
    public List<OwnPhrase> ownStrengthHolders() {
        return queries.ownStrengthHolders().stream()
                .map(p -> new OwnPhrase(p.phrase(), p.mentorId(), p.fullName())).toList();
    }

    public record OwnPhrase(String phrase, UUID mentorId, String fullName) {
    }

    /**
     * The phrases (each spelling of one meaning) now mean a catalogue competency: on every mentor who
     * carries one of them it leaves the own strengths and the competency joins the strengths.
     * @return how many mentors changed
     */
    @Transactional
    public int adoptOwnStrength(Collection<String> spellings, String competencyTitle) {
        java.util.Set<UUID> changed = new java.util.LinkedHashSet<>();
        for (String spelling : spellings) {
            changed.addAll(state.adoptOwnStrength(spelling, competencyTitle));
        }
        changed.forEach(publisher::publishUpdate);
        return changed.size();
    }

    /** Every problem of the profile at once, so the methodist fixes them in one go. */
    private void checkAgainstCatalogues(MentorProfileCommand command, @Nullable Mentor current) {
        List<String> problems = new ArrayList<>();
        List<String> unknownStrengths = catalogue.unknownCompetencies(orEmpty(command.strengths()),
                current == null ? List.of() : current.strengths());
        if (!unknownStrengths.isEmpty()) {
            problems.add("Неизвестная компетенция: " + quoted(unknownStrengths)
                    + ". Выберите из справочника компетенций или запишите её как сильную сторону своими словами");
        }
        List<String> unknownForms = catalogue.unknownForms(orEmpty(command.forms()),
                current == null ? List.of() : current.forms());
        if (!unknownForms.isEmpty()) {
            problems.add("Неизвестная форма наставничества: " + quoted(unknownForms));
        }
        List<String> unknownFormats = catalogue.unknownFormats(orEmpty(command.formats()),
                current == null ? List.of() : current.formats());
        if (!unknownFormats.isEmpty()) {
            problems.add("Неизвестный вид наставничества: " + quoted(unknownFormats));
        }
        String school = blankToNull(command.homeSchoolId());
        if (school != null && !schools.exists(school)) {
            problems.add("Школа с кодом «" + school + "» не зарегистрирована");
        }
        if (command.visibility() == MentorVisibility.SCHOOL && school == null) {
            problems.add("Наставник, доступный только своей школе, должен быть привязан к школе");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
    }

    private Mentor fromCommand(UUID id, long revision, MentorProfileCommand c, @Nullable Mentor current) {
        var visibility = c.visibility() != null ? c.visibility() : MentorVisibility.MUNICIPAL;
        List<String> strengths = new ArrayList<>(orEmpty(c.strengths()).stream().map(catalogue::competencyTitle).toList());
        List<String> own = new ArrayList<>();
        List<String> givenOwn = c.ownStrengths() != null ? c.ownStrengths()
                : current == null ? List.of() : current.ownStrengths();
        for (String phrase : givenOwn) {
            // a phrase the catalogue knows by now is a competency, not the mentor's own words
            var match = catalogue.matchCompetency(phrase);
            if (match.isPresent()) {
                match.get().entries().forEach(e -> strengths.add(e.title()));
            } else {
                own.add(phrase.strip().replaceAll("\\s+", " "));
            }
        }
        List<String> formats = c.formats() != null ? c.formats().stream().map(catalogue::formatCode).toList()
                : current == null ? List.of() : current.formats();
        return new Mentor(id, revision, c.fullName().strip(), c.kind(), blankToNull(c.homeSchoolId()),
                blankToNull(c.organisation()), blankToNull(c.position()), blankToNull(c.email()), blankToNull(c.phone()),
                c.birthDate(), clean(c.subjects()), strengths.stream().distinct().toList(),
                orEmpty(c.forms()).stream().map(catalogue::formCode).distinct().toList(),
                OwnStrengths.distinct(own), formats.stream().distinct().toList(),
                blankToNull(c.qualificationCategory()), c.experienceYears(), blankToNull(c.timeAvailable()),
                blankToNull(c.interests()), blankToNull(c.preferredMenteeAge()), blankToNull(c.achievements()),
                blankToNull(c.trainingCompleted()), Boolean.TRUE.equals(c.associationMember()),
                c.capacity(), current == null ? 0 : current.activeAssignments(),
                current == null ? 0 : current.reservedSeats(), visibility,
                current == null ? MentorStatus.ACTIVE : current.status(),
                current == null ? null : current.statusReason(), current == null ? null : current.statusChangedAt(),
                current == null ? null : current.accountUsername(), current == null ? null : current.createdAt(), null);
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "«" + v + "»").toList());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> clean(List<String> values) {
        return orEmpty(values).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
