package ru.mentoring.school.matching.engine;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The reference: OR-Tools' min-cost flow on the same candidate graph (mentee → mentor arcs of cost
 * −score, mentee → sink arcs of cost 0 for "no mentor", mentor → sink arcs of the mentor's capacity).
 * Tests and the benchmark only; the service never loads it.
 */
final class OrToolsFlow {

    /** The optimum and how long OR-Tools' {@code solve()} alone took. */
    record Result(long objective, long solveNanos, long buildNanos) {
    }

    private static boolean loaded;

    private OrToolsFlow() {
    }

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    static Result solve(CandidateGraph g) {
        load();
        long start = System.nanoTime();
        int n = g.mentees();
        int sink = n + g.mentors();
        MinCostFlow flow = new MinCostFlow(sink + 1, g.edges() + n + g.mentors());
        int[] off = g.offsets();
        for (int i = 0; i < n; i++) {
            for (int e = off[i]; e < off[i + 1]; e++) {
                flow.addArcWithCapacityAndUnitCost(i, n + g.mentor()[e], 1, -g.score()[e]);
            }
            flow.addArcWithCapacityAndUnitCost(i, sink, 1, 0);
            flow.setNodeSupply(i, 1);
        }
        for (int j = 0; j < g.mentors(); j++) {
            flow.addArcWithCapacityAndUnitCost(n + j, sink, g.capacity()[j], 0);
        }
        flow.setNodeSupply(sink, -n);
        long built = System.nanoTime();
        MinCostFlowBase.Status status = flow.solve();
        long solved = System.nanoTime();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools: " + status);
        }
        long objective = -flow.getOptimalCost();
        flow.delete();
        return new Result(objective, solved - built, built - start);
    }
}
