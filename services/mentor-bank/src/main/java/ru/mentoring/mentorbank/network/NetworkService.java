package ru.mentoring.mentorbank.network;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.mentorbank.school.Schools;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Network projects. Membership decides who sees the pool's mentors, so every change of the members
 * or of the pool re-announces the affected mentors with their new audience.
 */
@Singleton
public class NetworkService {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final NetworkRepositories.Projects projects;
    private final NetworkRepositories.Agreements agreements;
    private final NetworkPoolRepository pool;
    private final NetworkQueries queries;
    private final Schools schools;
    private final MentorService mentors;
    private final NetworkMembership membership;

    NetworkService(NetworkRepositories.Projects projects, NetworkRepositories.Agreements agreements,
                   NetworkPoolRepository pool, NetworkQueries queries, Schools schools, MentorService mentors,
                   NetworkMembership membership) {
        this.projects = projects;
        this.agreements = agreements;
        this.pool = pool;
        this.queries = queries;
        this.schools = schools;
        this.mentors = mentors;
        this.membership = membership;
    }

    @Transactional
    NetworkProject start(NetworkCommands.StartProject c) {
        requireSchool(c.leadSchoolId());
        if (c.endsOn().isBefore(c.startsOn())) {
            throw new BusinessRuleException("Дата окончания проекта раньше даты начала");
        }
        return projects.save(new NetworkProject(UUID.randomUUID(), c.name().strip(), c.leadSchoolId(),
                c.goals() == null ? null : c.goals().strip(), c.startsOn(), c.endsOn(), null));
    }

    @Transactional
    NetworkAgreement sign(UUID projectId, NetworkCommands.SignAgreement c) {
        NetworkProject project = project(projectId);
        requireSchool(c.schoolId());
        if (c.validTo().isBefore(c.validFrom())) {
            throw new BusinessRuleException("Окончание срока договора раньше его начала");
        }
        if (agreements.existsByProjectIdAndNumber(projectId, c.number().strip())) {
            throw BusinessRuleException.conflict("Договор № " + c.number().strip() + " в этом проекте уже есть");
        }
        for (NetworkAgreement existing : agreements.findByProjectIdOrderBySignedOn(projectId)) {
            if (existing.schoolId().equals(c.schoolId()) && existing.overlaps(c.validFrom(), c.validTo())) {
                throw new BusinessRuleException("Срок договора пересекается с договором № " + existing.number()
                        + " этой школы (с " + RU_DATE.format(existing.validFrom()) + " по "
                        + RU_DATE.format(existing.validTo()) + ")");
            }
        }
        var agreement = agreements.save(new NetworkAgreement(UUID.randomUUID(), project.id(), c.schoolId(),
                c.number().strip(), c.signedOn(), c.validFrom(), c.validTo()));
        queries.poolOf(projectId).forEach(mentors::reannounce);
        return agreement;
    }

    /** Also used when a nomination into the project is approved. */
    @Transactional
    public void addToPool(UUID projectId, UUID mentorId) {
        NetworkProject project = project(projectId);
        Mentor mentor = mentors.find(mentorId).orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (mentor.homeSchoolId() != null && !members(project).contains(mentor.homeSchoolId())) {
            throw new BusinessRuleException("Наставник школы «" + mentor.homeSchoolId()
                    + "» не может войти в пул: школа не участвует в проекте «" + project.name() + "»");
        }
        if (pool.add(projectId, mentorId)) {
            mentors.reannounce(mentorId);
        }
    }

    @Transactional
    void removeFromPool(UUID projectId, UUID mentorId) {
        project(projectId);
        if (pool.remove(projectId, mentorId)) {
            mentors.reannounce(mentorId);
        }
    }

    @Transactional(readOnly = true)
    List<NetworkProject> all() {
        return projects.findAllOrderByName();
    }

    @Transactional(readOnly = true)
    NetworkProject project(UUID id) {
        return projects.findById(id).orElseThrow(() -> BusinessRuleException.notFound("Сетевой проект не найден"));
    }

    @Transactional(readOnly = true)
    List<NetworkAgreement> agreementsOf(UUID projectId) {
        return agreements.findByProjectIdOrderBySignedOn(projectId);
    }

    @Transactional(readOnly = true)
    List<UUID> poolOf(UUID projectId) {
        return queries.poolOf(projectId);
    }

    @Transactional(readOnly = true)
    Set<String> members(NetworkProject project) {
        return new LinkedHashSet<>(membership.members(project.id()));
    }

    private void requireSchool(String schoolId) {
        if (!schools.exists(schoolId)) {
            throw new BusinessRuleException("Школа с кодом «" + schoolId + "» не зарегистрирована");
        }
    }
}
