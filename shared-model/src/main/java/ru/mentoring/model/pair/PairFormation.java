package ru.mentoring.model.pair;

/** How the pair came about: the platform's matching, the mentee's own choice, or the curator's assignment. */
public enum PairFormation {
    MATCHING,
    CHOICE,
    ASSIGNMENT
}
