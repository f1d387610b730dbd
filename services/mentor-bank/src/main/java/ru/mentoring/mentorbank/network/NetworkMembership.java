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
        return queries.projectsOf(mentorId).stream().flatMap(p -> members(p).stream()).distinct().sorted().toList();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public List<String> projectsOf(UUID mentorId) {
        return queries.projectsOf(mentorId).stream().map(UUID::toString).toList();
    }
}
