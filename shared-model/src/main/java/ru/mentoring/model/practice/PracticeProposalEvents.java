package ru.mentoring.model.practice;

import ru.mentoring.model.event.EventType;

/**
 * Proposals to the practice library. One contract ({@code practice.proposed} v1,
 * {@link PracticeProposalV1}), published by each producer on its own topic, keyed by
 * {@code proposalId}: the school service for completed pairs, the events service for competition
 * winners. The practices service consumes both.
 */
public final class PracticeProposalEvents {
    public static final String TYPE = "practice.proposed";

    /** Produced by the school service. */
    public static final String SCHOOL_TOPIC = "school.practice-proposal.v1";
    /** Produced by the events service. */
    public static final String EVENTS_TOPIC = "events.practice-proposal.v1";

    public static final EventType FROM_COMPLETED_PAIR = new EventType(TYPE, 1, SCHOOL_TOPIC);
    public static final EventType FROM_COMPETITION_WINNER = new EventType(TYPE, 1, EVENTS_TOPIC);

    private PracticeProposalEvents() {
    }
}
