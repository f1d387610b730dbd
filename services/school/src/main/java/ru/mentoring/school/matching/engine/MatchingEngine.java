package ru.mentoring.school.matching.engine;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Questionnaire matching: proposes mentors for one mentee, or assigns a whole cohort for the best total
 * fit under every mentor's free seats, each pair explained factor by factor. Pure computation over what
 * the caller loaded (no database, no clock); stateless and safe to share.
 *
 * <p>A cohort runs in four stages: {@link #prepare} reads the mentors into arrays, {@link #candidates}
 * finds each mentee's best mentors among those leading a form that suits them (exact top k, without
 * scoring every pair), {@link AssignmentSolver} solves the assignment over those pairs exactly, and
 * {@link #explain} writes the reasons of the chosen pairs. The candidates and the explanations are
 * computed mentee by mentee on every core ({@link BothCores}); the solve runs on the calling thread.
 */
@Singleton
public class MatchingEngine {

    /** How many best mentors of each mentee the cohort's assignment may choose from. */
    public static final int CANDIDATES_PER_MENTEE = 50;

    /** The n best mentors for one mentee, best first (equal scores: smaller mentor id first), explained. */
    public List<Proposal> proposeFor(MenteeProfile mentee, List<MentorProfile> mentors, Weights weights, int n) {
        return proposeFor(mentee, mentors, weights, n, Set.of());
    }

    /** As above, never proposing the mentors in {@code excludedMentors} (proposals the curator rejected). */
    public List<Proposal> proposeFor(MenteeProfile mentee, List<MentorProfile> mentors, Weights weights, int n,
                                     Set<UUID> excludedMentors) {
        Prepared prepared = prepare(mentors, weights);
        MenteeQuery q = new MenteeQuery(prepared).load(mentee);
        List<int[]> scored = new ArrayList<>();
        for (int m = 0; m < prepared.count; m++) {
            if (q.eligible(m) && !excludedMentors.contains(mentors.get(m).id())) {
                scored.add(new int[] {m, q.score(m)});
            }
        }
        scored.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1])
                : Integer.compare(prepared.rank[a[0]], prepared.rank[b[0]]));
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < Math.min(Math.max(0, n), scored.size()); i++) {
            proposals.add(Explainer.proposal(q, scored.get(i)[0]));
        }
        return proposals;
    }

    /**
     * Assigns the cohort: each mentee at most one mentor, each mentor at most their free seats, only
     * among each mentee's {@code candidatesPerMentee} best mentors leading a form that suits them, and
     * the total score the largest possible over those pairs (an exact optimum, proved by an LP dual).
     */
    public CohortResult matchCohort(List<MenteeProfile> mentees, List<MentorProfile> mentors, Weights weights,
                                    int candidatesPerMentee) {
        return matchCohort(mentees, mentors, weights, candidatesPerMentee, Map.of());
    }

    /** As above, never pairing a mentee with the mentors listed for them in {@code excluded}. */
    public CohortResult matchCohort(List<MenteeProfile> mentees, List<MentorProfile> mentors, Weights weights,
                                    int candidatesPerMentee, Map<UUID, Set<UUID>> excluded) {
        Prepared prepared = prepare(mentors, weights);
        CandidateGraph graph = candidates(prepared, mentees, candidatesPerMentee, excluded);
        AssignmentSolver.Solution solution = AssignmentSolver.solve(graph);
        if (!solution.certified()) {
            throw new IllegalStateException("Matching could not prove its assignment optimal");
        }
        return explain(prepared, mentees, solution);
    }

    static Prepared prepare(List<MentorProfile> mentors, Weights weights) {
        return new Prepared(mentors, weights == null ? Weights.DEFAULT : weights);
    }

    /** Each mentee's best candidates with their scores, as the assignment's graph (on every core). */
    static CandidateGraph candidates(Prepared prepared, List<MenteeProfile> mentees, int k,
                                     Map<UUID, Set<UUID>> excluded) {
        Map<UUID, Integer> mentorIndex = excluded.isEmpty() ? Map.of() : indexOf(prepared.mentors);
        int n = mentees.size();
        int width = Math.max(0, k);
        int[] count = new int[n];
        int[] to = new int[n * width];
        int[] score = new int[n * width];
        Map<Long, CandidatePool> pools = k > 0 ? poolsFor(prepared, mentees, k) : Map.of();
        // alike mentees one after another: they open the same groups of the index, which stay in the cache
        int[] order = alikeTogether(mentees);
        BothCores.run(n, () -> new Searcher(new MenteeQuery(prepared), new TopCandidates(prepared.count)), (w, at) -> {
            int i = order[at];
            MenteeQuery q = w.query().load(mentees.get(i));
            if (q.formsMask != 0 && k > 0) {
                TopCandidates top = w.top();
                top.find(pools.get(q.formsMask), q, k, excludedIndexes(excluded, mentees.get(i).id(), mentorIndex));
                System.arraycopy(top.mentors, 0, to, i * width, top.found);
                System.arraycopy(top.scores, 0, score, i * width, top.found);
                count[i] = top.found;
            }
        });
        int[] offsets = new int[n + 1];
        int edges = 0;
        for (int i = 0; i < n; i++) {
            if (edges != i * width) {
                System.arraycopy(to, i * width, to, edges, count[i]);
                System.arraycopy(score, i * width, score, edges, count[i]);
            }
            edges += count[i];
            offsets[i + 1] = edges;
        }
        int[] seats = new int[prepared.count];
        for (int m = 0; m < seats.length; m++) {
            seats[m] = Math.max(0, prepared.mentors.get(m).freeSeats());
        }
        return new CandidateGraph(n, prepared.count, offsets, edges == to.length ? to : Arrays.copyOf(to, edges),
                edges == score.length ? score : Arrays.copyOf(score, edges), seats);
    }

    /** One thread's tools for the candidates stage. */
    private record Searcher(MenteeQuery query, TopCandidates top) {
    }

    /** The index of the mentors for each set of forms some mentee accepts, built before the threads start. */
    private static Map<Long, CandidatePool> poolsFor(Prepared prepared, List<MenteeProfile> mentees, int k) {
        Map<Long, CandidatePool> pools = new HashMap<>();
        for (MenteeProfile mentee : mentees) {
            long mask = prepared.formsMask(mentee.acceptableForms());
            if (mask != 0) {
                pools.computeIfAbsent(mask, m -> new CandidatePool(prepared, m, k));
            }
        }
        return pools;
    }

    /** Mentee indexes ordered by forms, request category, subject and class. */
    private static int[] alikeTogether(List<MenteeProfile> mentees) {
        Integer[] order = new Integer[mentees.size()];
        long[] keys = new long[mentees.size()];
        for (int i = 0; i < order.length; i++) {
            MenteeProfile e = mentees.get(i);
            order[i] = i;
            keys[i] = ((long) e.acceptableForms().hashCode() << 32)
                    ^ ((long) java.util.Objects.hashCode(e.requestCategory()) << 16)
                    ^ java.util.Objects.hashCode(e.subject()) * 31L ^ (e.grade() == null ? 0 : e.grade());
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        int[] result = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = order[i];
        }
        return result;
    }

    /**
     * Below this many mentees the explanations are written on the calling thread: a school's cohort (200
     * mentees, 120 pairs) took 0.22 ms on one thread and 0.25–0.27 ms on two, the handoff costing more than
     * half the work; 2 000 mentees took 3.5 ms on two threads and 4.7–5.4 on one.
     */
    static final int EXPLAIN_MIN_PARALLEL = 512;

    /** The chosen pairs with their reasons, in the mentees' order; the others as unassigned (on every core). */
    static CohortResult explain(Prepared prepared, List<MenteeProfile> mentees, AssignmentSolver.Solution solution) {
        int[] mentorOf = solution.mentorOf();
        Proposal[] explained = new Proposal[mentees.size()];
        BothCores.run(mentees.size(), EXPLAIN_MIN_PARALLEL, () -> new MenteeQuery(prepared), (q, i) -> {
            if (mentorOf[i] >= 0) {
                explained[i] = Explainer.proposal(q.load(mentees.get(i)), mentorOf[i]);
            }
        });
        List<Proposal> items = new ArrayList<>();
        List<UUID> unassigned = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < mentees.size(); i++) {
            if (explained[i] == null) {
                unassigned.add(mentees.get(i).id());
            } else {
                items.add(explained[i]);
                total += explained[i].score();
            }
        }
        if (total != solution.total()) {
            throw new IllegalStateException("Explained scores differ from the assigned scores");
        }
        return new CohortResult(items, unassigned, total);
    }

    private static int[] excludedIndexes(Map<UUID, Set<UUID>> excluded, UUID mentee, Map<UUID, Integer> mentorIndex) {
        Set<UUID> mentors = excluded.get(mentee);
        if (mentors == null || mentors.isEmpty()) {
            return null;
        }
        return mentors.stream().map(mentorIndex::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                .toArray();
    }

    private static Map<UUID, Integer> indexOf(List<MentorProfile> mentors) {
        Map<UUID, Integer> index = new HashMap<>();
        for (int m = 0; m < mentors.size(); m++) {
            index.put(mentors.get(m).id(), m);
        }
        return index;
    }
}
