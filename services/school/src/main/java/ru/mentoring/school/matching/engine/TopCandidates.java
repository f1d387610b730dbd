package ru.mentoring.school.matching.engine;

import java.util.Arrays;

/**
 * A mentee's k best mentors in a {@link CandidatePool}, exactly as scoring every eligible mentor and
 * sorting would give them (score descending, then mentor id), found by best-first branch and bound.
 *
 * <p>The queue holds groups under an upper bound of any score inside them, and mentors under their exact
 * score, one bucket per value (scores are small integers). A group's bound adds what is already known on
 * its path (phrase, subject, age points) to the most the remaining factors can give this mentee (the
 * mentee's time weight if they gave a time, the best fixed points in the group). The highest bucket is
 * served first, its groups before its mentors, and its mentors in id order once no group is left at or
 * above it; so no unopened group can hold a better mentor than one taken, and the first k taken are the
 * k best. Every mentor is reachable with a bound that covers their score: through their
 * best phrase (or the list of all mentors if no phrase matches), then through their subject list if it
 * gives points, else through the list's age ordering. A mentor reached another way is scored exactly
 * anyway, once. Groups and mentors that cannot beat the k-th best mentor already found are not queued.
 */
final class TopCandidates {

    private static final int LIST = 0;
    private static final int SUBJECT_GROUP = 1;
    private static final int AGE_GROUP = 2;

    // the queue: one bucket per bound (scores are small integers), groups and mentors apart in each
    private final int[] bucketGroups = new int[7 * Weights.MAX + 2];
    private final int[] bucketMentors = new int[7 * Weights.MAX + 2];
    private int top;
    private int[] groupNext = new int[256];
    private int[] itemMentor = new int[256];
    private int[] itemNext = new int[256];
    private int items;
    private int[] batch = new int[64];
    private final int[] seen;
    private int seenStamp;
    // a small pool's strength points per mentor, valid where strengthStamp is seenStamp
    private final int[] strength;
    private final int[] strengthStamp;
    private long[] keys = new long[64];

    // node arena, reset per mentee
    private int[] type = new int[256];
    private int[] a = new int[256];
    private int[] b = new int[256];
    private int[] prefix = new int[256];
    private int nodes;

    // the keys of the k best mentors queued so far (a min-heap): nothing below its least is worth queueing
    private long[] best = new long[64];
    private int bestSize;
    private int k;

    /** Found candidates of the last call, best first. */
    int[] mentors = new int[64];
    int[] scores = new int[64];
    int found;

    TopCandidates(int mentorCount) {
        seen = new int[mentorCount];
        strength = new int[mentorCount];
        strengthStamp = new int[mentorCount];
        Arrays.fill(bucketGroups, -1);
        Arrays.fill(bucketMentors, -1);
    }

    /** Pools up to this many mentors per wanted candidate are simply scored mentor by mentor. */
    static final int SCAN_ALL_PER_CANDIDATE = 6;

    /** The largest pool scored mentor by mentor when {@code k} candidates are wanted. */
    static int scoredOneByOneUpTo(int k) {
        return Math.max(64, SCAN_ALL_PER_CANDIDATE * k);
    }

    /**
     * @param excluded mentors never to propose for this mentee (indexes), or null
     */
    void find(CandidatePool pool, MenteeQuery q, int k, int[] excluded) {
        if (!pool.indexed) {
            scoreAll(pool, q, k, excluded);
            return;
        }
        search(pool, q, k, excluded);
    }

    /** A small pool: every eligible mentor scored, the k best kept by (score, id). */
    private void scoreAll(CandidatePool pool, MenteeQuery q, int k, int[] excluded) {
        if (!begin(k, excluded)) {
            return;
        }
        spreadStrengths(pool, q);
        int[] rank = pool.p.rank;
        int[] eligible = pool.eligible;
        if (keys.length < eligible.length) {
            keys = new long[eligible.length];
        }
        long[] keys = this.keys;
        int count = 0;
        for (int m : eligible) {
            if (seen[m] != seenStamp) {
                int points = q.score(m, strengthStamp[m] == seenStamp ? strength[m] : 0);
                keys[count++] = itemKey(points, rank[m]);
            }
        }
        // a small pool: sorting all its keys costs less than keeping the k best in a heap
        Arrays.sort(keys, 0, count);
        int[] byRank = pool.p.byRank;
        found = Math.min(k, count);
        for (int i = 0; i < found; i++) {
            long key = keys[count - 1 - i];
            mentors[i] = byRank[(int) (0x7FFFFFFFL - (key & 0xFFFFFFFFL))];
            scores[i] = (int) (key >>> 32);
        }
    }

    /**
     * Starts a mentee's search for {@code k} candidates: nothing found yet, a new stamp (the arrays that
     * carry it cleared when it wraps), the excluded mentors marked as seen. False if nothing is wanted.
     */
    private boolean begin(int k, int[] excluded) {
        found = 0;
        bestSize = 0;
        this.k = k;
        if (k <= 0) {
            return false;
        }
        if (mentors.length < k) {
            mentors = new int[k];
            scores = new int[k];
            best = new long[k];
        }
        if (++seenStamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            Arrays.fill(strengthStamp, 0);
            seenStamp = 1;
        }
        if (excluded != null) {
            for (int m : excluded) {
                seen[m] = seenStamp;
            }
        }
        return true;
    }

    /** Each mentor's strength points ({@link MenteeQuery#strength}), from the phrases the request touches. */
    private void spreadStrengths(CandidatePool pool, MenteeQuery q) {
        int[] from = pool.phraseFrom;
        int[] members = pool.phraseMembers;
        for (int t = 0; t < q.touchedPhraseCount; t++) {
            int phrase = q.touchedPhrases[t];
            int points = q.phrasePoints[phrase];
            if (points <= 0) {
                continue;
            }
            for (int i = from[phrase]; i < from[phrase + 1]; i++) {
                int m = members[i];
                if (strengthStamp[m] != seenStamp) {
                    strengthStamp[m] = seenStamp;
                    strength[m] = points;
                } else if (points > strength[m]) {
                    strength[m] = points;
                }
            }
        }
    }

    private void search(CandidatePool pool, MenteeQuery q, int k, int[] excluded) {
        nodes = 0;
        items = 0;
        top = -1;
        if (!begin(k, excluded)) {
            return;
        }
        for (int t = 0; t < q.touchedPhraseCount; t++) {
            int phrase = q.touchedPhrases[t];
            int points = q.phrasePoints[phrase];
            if (points > 0 && !pool.isEmpty(phrase)) {
                pushList(pool, q, phrase, points);
            }
        }
        if (!pool.isEmpty(pool.allList)) {
            pushList(pool, q, pool.allList, 0);
        }
        int[] rank = pool.p.rank;
        while (top >= 0) {
            int group = bucketGroups[top];
            if (group >= 0) {
                // groups first: a group at this bound may still hold a mentor of this score with a smaller id
                bucketGroups[top] = groupNext[group];
                if (type[group] == LIST) {
                    openList(pool, q, a[group], prefix[group]);
                } else if (type[group] == SUBJECT_GROUP) {
                    openSubjectGroup(pool, q, a[group], prefix[group]);
                } else {
                    scan(pool, q, group);
                }
                continue;
            }
            int item = bucketMentors[top];
            if (item >= 0) {
                // no group left at or above this score: its mentors are final, in id order
                int count = 0;
                for (; item >= 0; item = itemNext[item]) {
                    if (count == batch.length) {
                        batch = Arrays.copyOf(batch, count * 2);
                    }
                    batch[count++] = itemMentor[item];
                }
                bucketMentors[top] = -1;
                sortByRank(batch, count, rank);
                for (int i = 0; i < count; i++) {
                    mentors[found] = batch[i];
                    scores[found] = top;
                    if (++found == k) {
                        clearBuckets();
                        return;
                    }
                }
            }
            top--;
        }
    }

    /** Empties the buckets a search stopped in the middle of (those at or below where it stopped). */
    private void clearBuckets() {
        for (int b = top; b >= 0; b--) {
            bucketGroups[b] = -1;
            bucketMentors[b] = -1;
        }
        top = -1;
    }

    private static void sortByRank(int[] mentors, int count, int[] rank) {
        for (int i = 1; i < count; i++) {
            int m = mentors[i];
            int j = i - 1;
            while (j >= 0 && rank[mentors[j]] > rank[m]) {
                mentors[j + 1] = mentors[j];
                j--;
            }
            mentors[j + 1] = m;
        }
    }

    private void pushMentor(int m, int score) {
        if (items == itemMentor.length) {
            itemMentor = Arrays.copyOf(itemMentor, items * 2);
            itemNext = Arrays.copyOf(itemNext, items * 2);
        }
        itemMentor[items] = m;
        itemNext[items] = bucketMentors[score];
        bucketMentors[score] = items++;
        top = Math.max(top, score);
    }

    private void pushList(CandidatePool pool, MenteeQuery q, int list, int strength) {
        pushNode(LIST, list, 0, strength, strength + q.maxSubject + q.maxAge + q.maxTime + pool.listMaxStatic[list]);
    }

    /** A phrase's list: its subject groups that give this mentee points, and its age groups for the rest. */
    private void openList(CandidatePool pool, MenteeQuery q, int list, int strength) {
        for (int t = 0; t < q.touchedSubjectCount; t++) {
            int set = q.touchedSubjects[t];
            int points = q.subjectOfSet(set);
            if (points > 0) {
                int g = pool.subjectGroup(list, set);
                if (g >= 0) {
                    int known = strength + points;
                    pushNode(SUBJECT_GROUP, g, 0, known, known + q.maxAge + q.maxTime + pool.sgMaxStatic[g]);
                }
            }
        }
        for (int ag = pool.byAgeFrom[list]; ag < pool.byAgeTo[list]; ag++) {
            pushAgeGroup(pool, q, ag, strength);
        }
    }

    private void openSubjectGroup(CandidatePool pool, MenteeQuery q, int g, int known) {
        for (int ag = pool.sgFrom[g]; ag < pool.sgTo[g]; ag++) {
            pushAgeGroup(pool, q, ag, known);
        }
    }

    private void pushAgeGroup(CandidatePool pool, MenteeQuery q, int ag, int known) {
        int withAge = known + q.agePoints[pool.agAge[ag]];
        int first = pool.agFrom[ag];
        int m = pool.mentorsInOrder[first];
        pushNode(AGE_GROUP, first, pool.agTo[ag], withAge, groupKey(withAge + q.maxTime + pool.p.statics[m], pool.p.rank[m]));
    }

    /**
     * An age group's key: its bound, then the id rank of its next mentor — the group's mentors with that
     * many fixed points follow in id order, and those with fewer points are bounded lower.
     */
    private static long groupKey(int bound, int nextRank) {
        return ((long) bound << 32) | (0x7FFFFFFFL - nextRank);
    }

    private static long itemKey(int score, int rank) {
        return ((long) score << 32) | (0x7FFFFFFFL - rank);
    }

    /**
     * Scores an age group's mentors in order while the group's bound stays in the top bucket (the
     * rest of the group is bounded by the next mentor's fixed points), then queues the rest.
     */
    private void scan(CandidatePool pool, MenteeQuery q, int node) {
        int at = a[node];
        int end = b[node];
        int known = prefix[node];
        int[] statics = pool.p.statics;
        int[] rank = pool.p.rank;
        while (true) {
            int m = pool.mentorsInOrder[at];
            if (seen[m] != seenStamp) {
                seen[m] = seenStamp;
                int score = q.score(m);
                long key = itemKey(score, rank[m]);
                if (key >= threshold()) {
                    pushMentor(m, score);
                    remember(key);
                }
            }
            if (++at >= end) {
                return;
            }
            int next = pool.mentorsInOrder[at];
            long key = groupKey(known + q.maxTime + statics[next], rank[next]);
            if (key < threshold()) {
                return;
            }
            if ((int) (key >>> 32) < top) {
                pushNode(AGE_GROUP, at, end, known, key);
                return;
            }
        }
    }

    private long threshold() {
        return bestSize < k ? Long.MIN_VALUE : best[0];
    }

    private void remember(long key) {
        if (bestSize < k) {
            int i = bestSize++;
            while (i > 0 && best[(i - 1) >>> 1] > key) {
                best[i] = best[(i - 1) >>> 1];
                i = (i - 1) >>> 1;
            }
            best[i] = key;
        } else if (key > best[0]) {
            sink(key, bestSize);
        }
    }

    /** Puts {@code key} at the root of the heap {@code best[0..size)}, in place of its smallest, and sinks it. */
    private void sink(long key, int size) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && best[child + 1] < best[child]) {
                child++;
            }
            if (key <= best[child]) {
                break;
            }
            best[i] = best[child];
            i = child;
        }
        best[i] = key;
    }

    private void pushNode(int kind, int first, int second, int known, int bound) {
        pushNode(kind, first, second, known, ((long) bound << 32) | 0xFFFFFFFFL);
    }

    private void pushNode(int kind, int first, int second, int known, long key) {
        if (key < threshold()) {
            return;
        }
        if (nodes == type.length) {
            int size = nodes * 2;
            type = Arrays.copyOf(type, size);
            a = Arrays.copyOf(a, size);
            b = Arrays.copyOf(b, size);
            prefix = Arrays.copyOf(prefix, size);
        }
        type[nodes] = kind;
        a[nodes] = first;
        b[nodes] = second;
        prefix[nodes] = known;
        if (nodes == groupNext.length) {
            groupNext = Arrays.copyOf(groupNext, nodes * 2);
        }
        int bound = (int) (key >>> 32);
        groupNext[nodes] = bucketGroups[bound];
        bucketGroups[bound] = nodes;
        top = Math.max(top, bound);
        nodes++;
    }
}
