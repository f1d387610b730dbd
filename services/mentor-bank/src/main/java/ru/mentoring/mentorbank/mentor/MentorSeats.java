package ru.mentoring.mentorbank.mentor;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * What other features may do to a mentor's capacity: take a seat for a pending request, turn it into
 * an assignment, give it back, end an assignment. Each change is announced to the schools at once.
 * All need the caller's transaction: the seat moves with the request that caused it, or not at all.
 */
@Singleton
public class MentorSeats {

    private final MentorStateRepository state;
    private final MentorPublisher publisher;

    MentorSeats(MentorStateRepository state, MentorPublisher publisher) {
        this.state = state;
        this.publisher = publisher;
    }

    /** @return false when every seat is taken or held */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean reserve(UUID mentorId) {
        return announced(mentorId, state.reserveSeat(mentorId));
    }

    /** @return false when the mentor held no reserved seat (nothing changed) */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean confirm(UUID mentorId) {
        return announced(mentorId, state.confirmSeat(mentorId));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean release(UUID mentorId) {
        return announced(mentorId, state.releaseSeat(mentorId));
    }

    /** A school's pair (or group) takes its seats at once; @return false when that many are not free */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean assign(UUID mentorId, int seats) {
        return announced(mentorId, state.assignSeats(mentorId, seats));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean releaseAssignments(UUID mentorId, int seats) {
        return announced(mentorId, state.releaseSeats(mentorId, seats));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean endAssignment(UUID mentorId) {
        return announced(mentorId, state.endAssignment(mentorId));
    }

    private boolean announced(UUID mentorId, boolean changed) {
        if (changed) {
            publisher.publishUpdate(mentorId);
        }
        return changed;
    }
}
