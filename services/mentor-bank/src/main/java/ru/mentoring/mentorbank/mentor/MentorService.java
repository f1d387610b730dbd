package ru.mentoring.mentorbank.mentor;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.catalogue.Catalogue;
import ru.mentoring.mentorbank.school.Schools;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.ArrayList;
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

    MentorService(MentorRepository mentors, MentorStateRepository state, MentorQueries queries,
                  MentorPublisher publisher, Catalogue catalogue, Schools schools) {
        this.mentors = mentors;
        this.state = state;
        this.queries = queries;
        this.publisher = publisher;
        this.catalogue = catalogue;
        this.schools = schools;
    }

    /** The mentor and the event announcing it commit together or not at all. */
    @Transactional
    public Mentor register(MentorProfileCommand command) {
        checkAgainstCatalogues(command);
        return publisher.publish(mentors.save(fromCommand(UUID.randomUUID(), 1, command, 0, 0, null)), MentorEvents.REGISTERED);
    }

    @Transactional
    public Mentor update(UUID id, MentorProfileCommand command) {
        Mentor current = mentors.findByIdForUpdate(id).orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        checkAgainstCatalogues(command);
        int taken = current.activeAssignments() + current.reservedSeats();
        if (command.capacity() < taken) {
            throw new BusinessRuleException("Нельзя уменьшить вместимость до " + command.capacity()
                    + ": у наставника уже " + taken + " наставляемых или запросов в работе");
        }
        Mentor updated = mentors.update(fromCommand(id, current.revision() + 1, command, current.activeAssignments(),
                current.reservedSeats(), current));
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

    /** Every problem of the profile at once, so the methodist fixes them in one go. */
    private void checkAgainstCatalogues(MentorProfileCommand command) {
        List<String> problems = new ArrayList<>();
        List<String> unknownStrengths = catalogue.unknownCompetencies(orEmpty(command.strengths()));
        if (!unknownStrengths.isEmpty()) {
            problems.add("Неизвестная компетенция: " + quoted(unknownStrengths)
                    + ". Выберите из справочника компетенций или попросите методиста добавить её");
        }
        List<String> unknownForms = catalogue.unknownForms(orEmpty(command.forms()));
        if (!unknownForms.isEmpty()) {
            problems.add("Неизвестная форма наставничества: " + quoted(unknownForms));
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

    private Mentor fromCommand(UUID id, long revision, MentorProfileCommand c, int active, int reserved, Mentor current) {
        var visibility = c.visibility() != null ? c.visibility() : MentorVisibility.MUNICIPAL;
        return new Mentor(id, revision, c.fullName().strip(), c.kind(), blankToNull(c.homeSchoolId()),
                blankToNull(c.organisation()), blankToNull(c.position()), blankToNull(c.email()), blankToNull(c.phone()),
                c.birthDate(), clean(c.subjects()),
                orEmpty(c.strengths()).stream().map(catalogue::competencyTitle).distinct().toList(),
                orEmpty(c.forms()).stream().map(catalogue::formCode).distinct().toList(),
                blankToNull(c.qualificationCategory()), c.experienceYears(), blankToNull(c.timeAvailable()),
                blankToNull(c.interests()), blankToNull(c.preferredMenteeAge()), blankToNull(c.achievements()),
                blankToNull(c.trainingCompleted()), Boolean.TRUE.equals(c.associationMember()),
                c.capacity(), active, reserved, visibility, current == null ? null : current.accountUsername(),
                current == null ? null : current.createdAt(), null);
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
