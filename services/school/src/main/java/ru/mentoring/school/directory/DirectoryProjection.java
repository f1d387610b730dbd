package ru.mentoring.school.directory;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.support.inbox.Inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Applies the mentor base to the directory. The inbox makes redelivery harmless, and the revision
 * guard makes order harmless: an older profile that arrives after a newer one changes nothing.
 */
@Singleton
class DirectoryProjection {

    static final String CONSUMER = "school-directory";

    private final Inbox inbox;
    private final DSLContext sql;
    private final ObjectMapper json;

    DirectoryProjection(Inbox inbox, DSLContext sql, ObjectMapper json) {
        this.inbox = inbox;
        this.sql = sql;
        this.json = json;
    }

    @Transactional
    void apply(EventEnvelope<MentorProfileV1> event) {
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        MentorProfileV1 p = event.payload();
        sql.execute("""
                insert into directory_mentor as d (id, revision, full_name, kind, home_school_id, organisation, position,
                    subjects, strengths, capacity, active_assignments, visibility, network_project_ids, active,
                    shared_with_school_ids, forms, updated_at)
                values ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}, {13}, {14}, {15}, now())
                on conflict (id) do update set revision = excluded.revision, full_name = excluded.full_name,
                    kind = excluded.kind, home_school_id = excluded.home_school_id, organisation = excluded.organisation,
                    position = excluded.position, subjects = excluded.subjects, strengths = excluded.strengths,
                    capacity = excluded.capacity, active_assignments = excluded.active_assignments,
                    visibility = excluded.visibility, network_project_ids = excluded.network_project_ids,
                    active = excluded.active, shared_with_school_ids = excluded.shared_with_school_ids,
                    forms = excluded.forms, updated_at = now()
                where d.revision < excluded.revision""",
                p.id(), p.revision(), p.fullName(), p.kind().name(), p.homeSchoolId(), p.organisation(), p.position(),
                jsonb(p.subjects()), jsonb(p.strengths()), p.capacity(), p.activeAssignments(), p.visibility().name(),
                jsonb(p.networkProjectIds()), p.active(),
                jsonb(p.sharedWithSchoolIds()), jsonb(p.forms()));
    }

    private JSONB jsonb(List<String> values) {
        try {
            return JSONB.valueOf(json.writeValueAsString(values == null ? List.of() : values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
