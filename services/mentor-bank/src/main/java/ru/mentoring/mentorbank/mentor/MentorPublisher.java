package ru.mentoring.mentorbank.mentor;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventType;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.support.outbox.Outbox;

import java.util.List;
import java.util.UUID;

/**
 * Announces a mentor's full current profile on the compacted mentor-base topic. Called in the
 * transaction of every change other services must see, after the change (and its revision) is written.
 */
@Singleton
public class MentorPublisher {

    private final MentorRepository mentors;
    private final Outbox outbox;
    private final DSLContext sql;

    MentorPublisher(MentorRepository mentors, Outbox outbox, DSLContext sql) {
        this.mentors = mentors;
        this.outbox = outbox;
        this.sql = sql;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Mentor publish(UUID mentorId, EventType type) {
        Mentor m = mentors.findById(mentorId).orElseThrow();
        List<String> projects = sql.fetch("select project_id::text from network_pool where mentor_id = ? order by 1", mentorId)
                .getValues(0, String.class);
        List<String> sharedWith = sql.fetch("""
                select distinct a.school_id from network_pool p join network_agreement a on a.project_id = p.project_id
                where p.mentor_id = ? and a.valid_to >= current_date
                union select n.lead_school_id from network_pool p join network_project n on n.id = p.project_id
                where p.mentor_id = ? order by 1""", mentorId, mentorId).getValues(0, String.class);
        var profile = new MentorProfileV1(m.id(), m.revision(), m.fullName(), m.kind(), m.homeSchoolId(), m.organisation(),
                m.position(), m.subjects(), m.strengths(), m.capacity(), m.activeAssignments() + m.reservedSeats(),
                m.visibility(), projects, true, m.forms(), sharedWith);
        outbox.append("mentor", m.id().toString(), type, EventEnvelope.of(type, m.homeSchoolId(), profile));
        return m;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Mentor publishUpdate(UUID mentorId) {
        return publish(mentorId, MentorEvents.UPDATED);
    }
}
