package ru.mentoring.mentorbank.network;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The one rule for who belongs to a network project: its lead school, and every school whose
 * agreement has not expired today. Sharing a pool mentor, requesting them, nominating into a
 * project and joining its pool all follow it.
 */
@Singleton
public class NetworkMembership {

    private final NetworkQueries queries;
    private final Clock clock;

    NetworkMembership(NetworkQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public List<String> members(UUID projectId) {
        return queries.members(projectId, LocalDate.now(clock));
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
