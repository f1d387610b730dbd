package ru.mentoring.model.pair;

/** What a completed pair decided (DOMAIN §5 stage 7): go on with a new topic and term, or stop. */
public enum PairDecision {
    CONTINUE,
    STOP
}
