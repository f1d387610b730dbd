package ru.mentoring.school.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solver's total is the exact optimum: equal to exhaustive search on small graphs and to OR-Tools'
 * min-cost flow on many random ones, every answer carrying a verified LP dual certificate, never a mentor
 * over capacity.
 */
class AssignmentSolverTest {

    @Test
    void beatsTheGreedyChoice() {
        // a–X is the best pair, but taking it leaves b with 10: a–Y + b–X is worth 165
        CandidateGraph g = new CandidateGraph(2, 2, new int[] {0, 2, 4}, new int[] {0, 1, 0, 1},
                new int[] {90, 80, 85, 10}, new int[] {1, 1});

        AssignmentSolver.Solution s = AssignmentSolver.solve(g);

        assertThat(s.total()).isEqualTo(165);
        assertThat(s.mentorOf()).containsExactly(1, 0);
        assertThat(s.certified()).isTrue();
    }

    @Test
    void leavesAMenteeOutWhenThatScoresMore() {
        // one seat, two mentees: the better one gets it, the other is unassigned
        CandidateGraph g = new CandidateGraph(2, 1, new int[] {0, 1, 2}, new int[] {0, 0}, new int[] {30, 50},
                new int[] {1});

        AssignmentSolver.Solution s = AssignmentSolver.solve(g);

        assertThat(s.mentorOf()).containsExactly(-1, 0);
        assertThat(s.total()).isEqualTo(50);
    }

    @Test
    void equalsExhaustiveSearchOnSmallGraphs() {
        Random random = new Random(42);
        for (int round = 0; round < 3_000; round++) {
            CandidateGraph g = randomGraph(random, 1 + random.nextInt(7), 1 + random.nextInt(4), 4, 0, 3,
                    random.nextBoolean() ? 5 : 40);
            AssignmentSolver.Solution s = AssignmentSolver.solve(g);
            assertThat(s.total()).as("round %d", round).isEqualTo(exhaustive(g, 0, new int[g.mentors()]));
            assertFeasible(g, s);
        }
    }

    @Test
    void equalsOrToolsOnRandomGraphs() {
        Random random = new Random(2026);
        for (int round = 0; round < 300; round++) {
            int mentees = 1 + random.nextInt(400);
            int mentors = 1 + random.nextInt(300);
            CandidateGraph g = randomGraph(random, mentees, mentors, 1 + random.nextInt(30), 1, 3,
                    new int[] {3, 20, 100, 700}[random.nextInt(4)]);
            AssignmentSolver.Solution s = AssignmentSolver.solve(g);
            assertThat(s.total()).as("round %d", round).isEqualTo(OrToolsFlow.solve(g).objective());
            assertFeasible(g, s);
        }
    }

    @Test
    void equalsOrToolsOnRealisticCohorts() {
        for (long seed = 1; seed <= 4; seed++) {
            MatchingInstances.Instance instance = MatchingInstances.generate(3_000, seed % 2 == 0 ? 600 : 2_500, seed);
            Prepared prepared = MatchingEngine.prepare(instance.mentors(), Weights.DEFAULT);
            CandidateGraph g = MatchingEngine.candidates(prepared, instance.mentees(), 50, Map.of());
            AssignmentSolver.Solution s = AssignmentSolver.solve(g);
            assertThat(s.total()).isEqualTo(OrToolsFlow.solve(g).objective());
            assertFeasible(g, s);
        }
    }

    private static void assertFeasible(CandidateGraph g, AssignmentSolver.Solution s) {
        assertThat(s.certified()).as("LP dual certificate").isTrue();
        int[] load = new int[g.mentors()];
        long total = 0;
        for (int i = 0; i < g.mentees(); i++) {
            int e = s.edgeOf()[i];
            if (e >= 0) {
                assertThat(e).isBetween(g.offsets()[i], g.offsets()[i + 1] - 1);
                assertThat(g.mentor()[e]).isEqualTo(s.mentorOf()[i]);
                load[s.mentorOf()[i]]++;
                total += g.score()[e];
            } else {
                assertThat(s.mentorOf()[i]).isEqualTo(-1);
            }
        }
        for (int j = 0; j < g.mentors(); j++) {
            assertThat(load[j]).isLessThanOrEqualTo(g.capacity()[j]);
        }
        assertThat(total).isEqualTo(s.total());
    }

    /** Each mentee either takes one of its edges (if the mentor has room) or none. */
    private static long exhaustive(CandidateGraph g, int mentee, int[] load) {
        if (mentee == g.mentees()) {
            return 0;
        }
        long best = exhaustive(g, mentee + 1, load);
        for (int e = g.offsets()[mentee]; e < g.offsets()[mentee + 1]; e++) {
            int j = g.mentor()[e];
            if (load[j] < g.capacity()[j]) {
                load[j]++;
                best = Math.max(best, g.score()[e] + exhaustive(g, mentee + 1, load));
                load[j]--;
            }
        }
        return best;
    }

    private static CandidateGraph randomGraph(Random r, int mentees, int mentors, int maxDegree, int minCap, int maxCap,
                                              int maxScore) {
        int[] offsets = new int[mentees + 1];
        int[] to = new int[mentees * Math.min(maxDegree, mentors)];
        int[] score = new int[to.length];
        int edges = 0;
        for (int i = 0; i < mentees; i++) {
            int degree = r.nextInt(Math.min(maxDegree, mentors) + 1);
            int[] picked = r.ints(0, mentors).distinct().limit(degree).toArray();
            for (int j : picked) {
                to[edges] = j;
                score[edges++] = r.nextInt(maxScore + 1);
            }
            offsets[i + 1] = edges;
        }
        int[] capacity = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            capacity[j] = minCap + r.nextInt(maxCap - minCap + 1);
        }
        return new CandidateGraph(mentees, mentors, offsets, Arrays.copyOf(to, edges), Arrays.copyOf(score, edges), capacity);
    }
}
