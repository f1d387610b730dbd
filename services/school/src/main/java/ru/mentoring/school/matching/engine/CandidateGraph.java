package ru.mentoring.school.matching.engine;

/**
 * The pairs allowed in a cohort: for mentee i, edges {@code offsets[i]..offsets[i+1]} name a mentor and
 * the pair's score; each mentor has a capacity (free seats). Mentees and mentors are indexes into the
 * caller's lists.
 */
record CandidateGraph(int mentees, int mentors, int[] offsets, int[] mentor, int[] score, int[] capacity) {

    int edges() {
        return offsets[mentees];
    }
}
