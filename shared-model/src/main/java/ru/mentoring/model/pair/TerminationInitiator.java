package ru.mentoring.model.pair;

/** Who asked to end a pair early (either side may end mentoring at work early, ТК ст. 351.8). */
public enum TerminationInitiator {
    MENTOR,
    MENTEE,
    CURATOR,
    GUARDIAN
}
