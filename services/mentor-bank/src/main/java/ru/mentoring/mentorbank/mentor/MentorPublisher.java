package ru.mentoring.mentorbank.mentor;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.network.NetworkMembership;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.event.EventType;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.support.outbox.Outbox;

import java.util.UUID;

/**
 * Announces a mentor's full current profile on the compacted mentor-base topic. Called in the
 * transaction of every change other services must see, after the change (and its revision) is written.
 */
@Singleton
class MentorPublisher {

    private final MentorRepository mentors;
    private final Outbox outbox;
    private final NetworkMembership membership;

    MentorPublisher(MentorRepository mentors, Outbox outbox, NetworkMembership membership) {
        this.mentors = mentors;
        this.outbox = outbox;
        this.membership = membership;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Mentor publish(UUID mentorId, EventType type) {
        return publish(mentors.findById(mentorId).orElseThrow(), type);
    }

    /** For a caller that holds the mentor as just written, so it is not read back. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Mentor publish(Mentor m, EventType type) {
        NetworkMembership.Audience audience = membership.audienceOf(m.id());
        // a mentor who left the bank is no longer shown (active = false); a paused one is, but takes no requests
        var profile = new MentorProfileV1(m.id(), m.revision(), m.fullName(), m.kind(), m.homeSchoolId(), m.organisation(),
                m.position(), m.subjects(), m.strengths(), m.capacity(), m.activeAssignments() + m.reservedSeats(),
                m.visibility(), audience.projects(), m.status() != MentorStatus.LEFT, m.forms(), audience.schools(), m.experienceYears(),
                accountKey(m.email()), m.preferredMenteeAge(), m.timeAvailable(), m.takesRequests(), m.ownStrengths(),
                m.formats());
        outbox.append("mentor", m.id().toString(), type, EventEnvelope.of(type, m.homeSchoolId(), profile));
        return m;
    }

    /**
     * SHA-256 of the lower-cased e-mail: lets the events service link a signed-in mentor to this profile
     * (eligibility by experience, ADR 0010) while the e-mail itself stays here (ADR 0004).
     */
    static String accountKey(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Mentor publishUpdate(UUID mentorId) {
        return publish(mentorId, MentorEvents.UPDATED);
    }
}
