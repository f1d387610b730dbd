package ru.mentoring.mentorbank.network;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

/**
 * The one rule for who belongs to a network project: its lead school, and every school whose
 * agreement has not expired. Sharing a pool mentor, requesting them, nominating into a project and
 * joining its pool all follow it.
 */
@Singleton
public class NetworkMembership {

    private static final String MEMBERS = """
            select n.lead_school_id as school_id from network_project n where n.id = {0}
            union select a.school_id from network_agreement a where a.project_id = {0} and a.valid_to >= current_date""";

    private final DSLContext sql;

    NetworkMembership(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public List<String> members(UUID projectId) {
        return sql.fetch("select school_id from (" + MEMBERS + ") m order by 1", projectId).getValues(0, String.class);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public boolean isMember(UUID projectId, String schoolId) {
        return members(projectId).contains(schoolId);
    }

    /** The member schools of every project whose pool holds the mentor: the audience of a network mentor. */
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public List<String> schoolsSharing(UUID mentorId) {
        return projectsOf(mentorId).stream().map(UUID::fromString).flatMap(p -> members(p).stream())
                .distinct().sorted().toList();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public List<String> projectsOf(UUID mentorId) {
        return sql.fetch("select project_id::text from network_pool where mentor_id = ? order by 1", mentorId)
                .getValues(0, String.class);
    }
}
