package ru.mentoring.model.practice;

/** Where a proposed practice comes from. */
public enum PracticeProposalSource {
    /** A mentoring pair or group the school closed with results (school service). */
    COMPLETED_PAIR,
    /** A winner or prize-winner of a competition (events service). */
    COMPETITION_WINNER
}
