package ru.mentoring.mentorbank.network;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Who belongs to a network project today, by the one rule of {@link Membership}.
 */
@Singleton
public class NetworkMembership {

    private final NetworkQueries queries;
    private final NetworkRepositories.Projects projects;
    private final NetworkRepositories.Agreements agreements;
    private final Clock clock;

    NetworkMembership(NetworkQueries queries, NetworkRepositories.Projects projects,
                      NetworkRepositories.Agreements agreements, Clock clock) {
        this.queries = queries;
        this.projects = projects;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public List<String> members(UUID projectId) {
        return projects.findById(projectId)
                .map(p -> List.copyOf(Membership.of(p.leadSchoolId(), agreements.findByProjectIdOrderBySignedOn(projectId),
                        LocalDate.now(clock))))
                .orElse(List.of());
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public boolean isMember(UUID projectId, String schoolId) {
        return members(projectId).contains(schoolId);
    }

    /** The member schools of every project whose pool holds the mentor: the audience of a network mentor. */
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public List<String> schoolsSharing(UUID mentorId) {
        return schoolsOf(queries.projectsOf(mentorId));
    }

    /** The projects whose pool holds the mentor and their member schools, from one read of the pools. */
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public Audience audienceOf(UUID mentorId) {
        List<UUID> projectIds = queries.projectsOf(mentorId);
        return new Audience(projectIds.stream().map(UUID::toString).toList(), schoolsOf(projectIds));
    }

    /** @param projects the projects' ids, ordered; {@code schools} the member schools of all of them, sorted */
    public record Audience(List<String> projects, List<String> schools) {
    }

    private List<String> schoolsOf(List<UUID> projectIds) {
        return projectIds.stream().flatMap(p -> members(p).stream()).distinct().sorted().toList();
    }
}
