package ru.mentoring.school.matching.engine;

import java.util.Arrays;

/**
 * The mentors eligible for one set of acceptable forms, arranged so a mentee's best candidates are found
 * without scoring every mentor. For every strength phrase (and one list of all mentors) the mentors are
 * grouped by subject list, then by age preference, and ordered inside by their fixed points (form,
 * capacity, own school) and id:
 *
 * <pre>phrase → subject list → age preference → mentors (fixed points ↓, id ↑)</pre>
 *
 * Each list is also kept ordered by age preference alone, for the mentors whose subjects give a mentee
 * nothing. A mentee's phrase, subject and age points are known per group before any mentor is looked at, so
 * {@link TopCandidates} can bound every group from above and open only the groups that may still hold one
 * of the best. The mentee's time is the one factor read per mentor.
 */
final class CandidatePool {

    final Prepared p;
    final int allList;

    // per list (phrase id, or allList): its subject groups [listFrom, listTo)
    final int[] listFrom;
    final int[] listTo;
    final int[] listMaxStatic;

    // per subject group: subject set, its age groups [sgFrom, sgTo), best fixed points
    final int[] sgSet;
    final int[] sgFrom;
    final int[] sgTo;
    final int[] sgMaxStatic;

    // per age group: age preference, its mentors [agFrom, agTo)
    final int[] agAge;
    final int[] agFrom;
    final int[] agTo;

    // per list, the same mentors by age preference alone (for mentees its subjects give nothing): age groups [byAgeFrom, byAgeTo)
    final int[] byAgeFrom;
    final int[] byAgeTo;

    final int[] mentorsInOrder;

    /** The eligible mentors, for pools small enough to score them all. */
    final int[] eligible;

    /** Whether the groups above were built: a pool {@link TopCandidates} scores mentor by mentor does without. */
    final boolean indexed;

    /**
     * For a pool scored mentor by mentor: its mentors of each phrase, {@code [phraseFrom[p], phraseFrom[p + 1])}
     * of {@code phraseMembers}, so a mentee's strength points reach the mentors from the few phrases its
     * request touches instead of every mentor's phrases being looked at.
     */
    final int[] phraseFrom;
    final int[] phraseMembers;

    private static final int[] NONE = new int[0];

    /** The pool of the mentors leading one of {@code formsMask}'s forms, for mentees wanting {@code k} candidates. */
    CandidatePool(Prepared p, long formsMask, int k) {
        this.p = p;
        int phrases = p.phraseTitles.size();
        allList = phrases;
        int lists = phrases + 1;
        int[] listSize = new int[lists];
        int total = 0;
        for (int m = 0; m < p.count; m++) {
            if (eligible(m, formsMask)) {
                for (int phrase : p.mentorPhrases[m]) {
                    listSize[phrase]++;
                }
                listSize[allList]++;
                total += p.mentorPhrases[m].length + 1;
            }
        }
        int[] eligibleList = new int[listSize[allList]];
        int e0 = 0;
        for (int m = 0; m < p.count; m++) {
            if (eligible(m, formsMask)) {
                eligibleList[e0++] = m;
            }
        }
        eligible = eligibleList;
        indexed = eligible.length > TopCandidates.scoredOneByOneUpTo(k);
        if (!indexed) {
            listFrom = listTo = listMaxStatic = sgSet = sgFrom = sgTo = sgMaxStatic = agAge = agFrom = agTo = NONE;
            byAgeFrom = byAgeTo = mentorsInOrder = NONE;
            phraseFrom = new int[phrases + 1];
            for (int phrase = 0; phrase < phrases; phrase++) {
                phraseFrom[phrase + 1] = phraseFrom[phrase] + listSize[phrase];
            }
            phraseMembers = new int[phraseFrom[phrases]];
            int[] fill = Arrays.copyOf(phraseFrom, phrases);
            for (int m : eligible) {
                for (int phrase : p.mentorPhrases[m]) {
                    phraseMembers[fill[phrase]++] = m;
                }
            }
            return;
        }
        phraseFrom = phraseMembers = NONE;
        int[] start = new int[lists + 1];
        for (int l = 0; l < lists; l++) {
            start[l + 1] = start[l] + listSize[l];
        }
        int subjectBits = bits(p.subjectSets.size());
        int ageBits = bits(p.agePrefs.size());
        int maxStatic = 0;
        for (int m = 0; m < p.count; m++) {
            maxStatic = Math.max(maxStatic, p.statics[m]);
        }
        int staticBits = bits(maxStatic + 1);
        int rankBits = bits(p.count);
        if (subjectBits + ageBits + staticBits + rankBits > 63) {
            throw new IllegalArgumentException("Слишком много наставников для одного подбора");
        }
        long[] keys = new long[total];
        long[] ageKeys = new long[total];
        int[] fill = Arrays.copyOf(start, lists);
        for (int m = 0; m < p.count; m++) {
            if (!eligible(m, formsMask)) {
                continue;
            }
            long key = (((long) p.mentorSubjectSet[m] << ageBits | p.mentorAge[m]) << staticBits
                    | (maxStatic - p.statics[m])) << rankBits | p.rank[m];
            long ageKey = ((long) p.mentorAge[m] << staticBits | (maxStatic - p.statics[m])) << rankBits | p.rank[m];
            for (int phrase : p.mentorPhrases[m]) {
                ageKeys[fill[phrase]] = ageKey;
                keys[fill[phrase]++] = key;
            }
            ageKeys[fill[allList]] = ageKey;
            keys[fill[allList]++] = key;
        }
        mentorsInOrder = new int[2 * total];
        byAgeFrom = new int[lists];
        byAgeTo = new int[lists];
        listFrom = new int[lists];
        listTo = new int[lists];
        listMaxStatic = new int[lists];
        int[] sgSetB = new int[total];
        int[] sgFromB = new int[total + 1];
        int[] sgMaxB = new int[total];
        int[] agAgeB = new int[2 * total];
        int[] agFromB = new int[2 * total + 1];
        int groups = 0;
        int ageGroups = 0;
        long rankMask = (1L << rankBits) - 1;
        long staticMask = (1L << staticBits) - 1;
        long ageMask = (1L << ageBits) - 1;
        for (int l = 0; l < lists; l++) {
            Arrays.sort(keys, start[l], start[l + 1]);
            listFrom[l] = groups;
            int lastSet = -1;
            int lastAge = -1;
            for (int e = start[l]; e < start[l + 1]; e++) {
                long key = keys[e];
                int m = p.byRank[(int) (key & rankMask)];
                mentorsInOrder[e] = m;
                int set = (int) (key >>> rankBits >>> staticBits >>> ageBits);
                int age = (int) (key >>> rankBits >>> staticBits & ageMask);
                int fixed = maxStatic - (int) (key >>> rankBits & staticMask);
                if (set != lastSet) {
                    sgSetB[groups] = set;
                    sgFromB[groups] = ageGroups;
                    sgMaxB[groups] = fixed;
                    groups++;
                    lastSet = set;
                    lastAge = -1;
                } else {
                    sgMaxB[groups - 1] = Math.max(sgMaxB[groups - 1], fixed);
                }
                if (age != lastAge) {
                    agAgeB[ageGroups] = age;
                    agFromB[ageGroups] = e;
                    ageGroups++;
                    lastAge = age;
                }
                listMaxStatic[l] = Math.max(listMaxStatic[l], fixed);
            }
            listTo[l] = groups;
        }
        for (int l = 0; l < lists; l++) {
            Arrays.sort(ageKeys, start[l], start[l + 1]);
            byAgeFrom[l] = ageGroups;
            int lastAge = -1;
            for (int e = start[l]; e < start[l + 1]; e++) {
                long key = ageKeys[e];
                int m = p.byRank[(int) (key & rankMask)];
                mentorsInOrder[total + e] = m;
                int age = (int) (key >>> rankBits >>> staticBits);
                if (age != lastAge) {
                    agAgeB[ageGroups] = age;
                    agFromB[ageGroups] = total + e;
                    ageGroups++;
                    lastAge = age;
                }
            }
            byAgeTo[l] = ageGroups;
        }
        sgFromB[groups] = ageGroups;
        agFromB[ageGroups] = 2 * total;
        sgSet = Arrays.copyOf(sgSetB, groups);
        sgFrom = Arrays.copyOf(sgFromB, groups);
        sgTo = new int[groups];
        for (int g = 0; g < groups; g++) {
            sgTo[g] = g + 1 < groups ? sgFromB[g + 1] : byAgeFrom[0];
        }
        sgMaxStatic = Arrays.copyOf(sgMaxB, groups);
        agAge = Arrays.copyOf(agAgeB, ageGroups);
        agFrom = Arrays.copyOf(agFromB, ageGroups);
        agTo = new int[ageGroups];
        for (int a = 0; a < ageGroups; a++) {
            agTo[a] = a + 1 < ageGroups ? agFromB[a + 1] : 2 * total;
        }
    }

    private boolean eligible(int m, long formsMask) {
        return (p.mentorForms[m] & formsMask) != 0 && p.mentors.get(m).freeSeats() > 0;
    }

    /** The subject group of list {@code list} for subject set {@code set}, or -1. */
    int subjectGroup(int list, int set) {
        int lo = listFrom[list];
        int hi = listTo[list] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = sgSet[mid];
            if (v < set) {
                lo = mid + 1;
            } else if (v > set) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    boolean isEmpty(int list) {
        return listFrom[list] == listTo[list];
    }

    private static int bits(int values) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, values - 1)));
    }
}
