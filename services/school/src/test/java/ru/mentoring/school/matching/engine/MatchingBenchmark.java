package ru.mentoring.school.matching.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Cohort matching at the sizes of issue 8 — a school (200 × 60), a network (2 000 × 1 000), a region
 * (10 000 × 10 000 and 50 000 × 50 000), 50 candidates per mentee, capacities 1–3 — on realistic
 * generated instances. Each repetition runs, on the same instance in the same JVM: the whole pipeline
 * end to end ({@link MatchingEngine#matchCohort}); the same pipeline stage by stage (prepare, candidates,
 * exact solve, explanations); and OR-Tools' min-cost flow on the stage run's candidate graph, timing
 * OR-Tools' {@code solve()} alone. Both find the texts remembered, as a rerun of the same cohort does; the
 * objectives must be equal. After the repetitions, as many runs of the pipeline with the process's memory
 * of texts forgotten just before each ({@link TextMemo}: the first call of a cohort whose requests and
 * strengths the process has never read) — in a pass of their own, since forgetting and rebuilding that
 * memory right before a repetition's pipeline run made it slower than a running service's (0.1–0.2 ms at
 * 200 × 60 with the demo's JIT). Repetitions first run uncounted for at least {@value #WARM_UP_SECONDS}
 * seconds per size (at least one), so the figures are those of a service that has been answering for a
 * while, not of its JIT's first minutes.
 *
 * <pre>java -cp test-classpath ru.mentoring.school.matching.engine.MatchingBenchmark [REPS] [REPORT.md] [SIZES…]</pre>
 * SIZES like {@code 200x60}; the default is all four.
 */
public final class MatchingBenchmark {

    /** Uncounted repetitions per size run at least this long (and at least once). */
    static final int WARM_UP_SECONDS = 5;

    /**
     * Counted repetitions at a school's size (up to 1 000 mentees) at least: a repetition takes a few
     * milliseconds there, and a median of five moved by a third from run to run on a shared machine.
     */
    static final int SMALL_SIZE_REPETITIONS = 31;

    private record Size(int mentees, int mentors) {
        @Override
        public String toString() {
            return mentees + " × " + mentors;
        }
    }

    private record Rep(double pipeline, double prepare, double candidates, double solve, double explain,
                       double orTools, long objective, long orToolsObjective, int edges, int assigned) {
    }

    public static void main(String[] args) throws IOException {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path report = args.length > 1 ? Path.of(args[1]) : null;
        List<Size> sizes = new ArrayList<>();
        for (int a = 2; a < args.length; a++) {
            String[] parts = args[a].split("x");
            sizes.add(new Size(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(new Size(200, 60), new Size(2_000, 1_000), new Size(10_000, 10_000), new Size(50_000, 50_000));
        }
        OrToolsFlow.load();
        StringBuilder out = new StringBuilder();
        out.append("| size (mentees × mentors) | candidate pairs | pipeline median / max, ms | prepare | candidates | "
                + "solve | explain | OR-Tools solve alone median / max, ms | objective (ours = OR-Tools) | pipeline ÷ OR-Tools "
                + "| pipeline with texts never read before, ms | its ÷ OR-Tools |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        boolean allEqual = true;
        for (Size size : sizes) {
            MatchingInstances.Instance instance = MatchingInstances.generate(size.mentees(), size.mentors(),
                    size.mentees() * 31L + size.mentors());
            List<Rep> runs = new ArrayList<>();
            int warmUps = 0;
            long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
            do {
                Rep warm = once(instance);
                check(warm, size);
                unseenOnce(instance, warm.objective());
                warmUps++;
            } while (System.nanoTime() < warmUntil);
            once(instance); // uncounted: the warm-up's last run forgot the texts, as the counted ones must not find them
            System.out.printf("%s: %d warm-up repetitions%n", size, warmUps);
            int counted = size.mentees() <= 1_000 ? Math.max(reps, SMALL_SIZE_REPETITIONS) : reps;
            for (int r = 1; r <= counted; r++) {
                Rep rep = once(instance);
                if (rep.objective() != rep.orToolsObjective()) {
                    allEqual = false;
                    System.out.printf("OBJECTIVES DIFFER at %s: ours %d, OR-Tools %d%n", size, rep.objective(),
                            rep.orToolsObjective());
                }
                System.out.printf("%s rep %d: pipeline %.2f ms (prepare %.2f, candidates %.2f, solve %.2f, explain %.2f),"
                                + " OR-Tools solve %.2f ms, objective %d / %d, %d edges, %d assigned%n", size, r,
                        rep.pipeline(), rep.prepare(), rep.candidates(), rep.solve(), rep.explain(), rep.orTools(),
                        rep.objective(), rep.orToolsObjective(), rep.edges(), rep.assigned());
                runs.add(rep);
            }
            double[] unseenRuns = new double[counted];
            for (int r = 0; r < counted; r++) {
                unseenRuns[r] = unseenOnce(instance, runs.getFirst().objective());
            }
            TextMemo.forgetAll(); // the next size starts as a process that has read nothing
            double pipeline = median(runs, Rep::pipeline);
            double orTools = median(runs, Rep::orTools);
            double unseen = median(unseenRuns);
            out.append(String.format("| %s | %,d | %.2f / %.2f | %.2f | %.2f | %.2f | %.2f | %.2f / %.2f | %,d = %,d %s | %.2f | %.2f | %.2f |%n",
                    size, runs.getFirst().edges(), pipeline, max(runs, Rep::pipeline), median(runs, Rep::prepare),
                    median(runs, Rep::candidates), median(runs, Rep::solve), median(runs, Rep::explain), orTools,
                    max(runs, Rep::orTools), runs.getFirst().objective(), runs.getFirst().orToolsObjective(),
                    runs.stream().allMatch(x -> x.objective() == x.orToolsObjective()) ? "✓" : "✗ DIFFER",
                    pipeline / orTools, unseen, unseen / orTools));
        }
        out.append(String.format("%nRepetitions per size: %d (at least %d up to 1 000 mentees), after uncounted ones for at least"
                + " %d s. Objectives equal in every repetition: %s.%n", reps, SMALL_SIZE_REPETITIONS, WARM_UP_SECONDS,
                allEqual ? "yes" : "NO"));
        System.out.println();
        System.out.print(out);
        if (report != null) {
            Files.writeString(report, out.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        if (!allEqual) {
            System.exit(1);
        }
    }

    private static void check(Rep rep, Size size) {
        if (rep.objective() != rep.orToolsObjective()) {
            throw new IllegalStateException("objectives differ in a warm-up at " + size);
        }
    }

    private static Rep once(MatchingInstances.Instance instance) {
        MatchingEngine engine = new MatchingEngine();
        long t0 = System.nanoTime();
        CohortResult result = engine.matchCohort(instance.mentees(), instance.mentors(), Weights.DEFAULT,
                MatchingEngine.CANDIDATES_PER_MENTEE);
        long t1 = System.nanoTime();
        long total = result.totalScore();
        int assigned = result.items().size();
        result = null; // as the service would after answering: the stage run does not carry it
        long s0 = System.nanoTime();
        Prepared prepared = MatchingEngine.prepare(instance.mentors(), Weights.DEFAULT);
        long s1 = System.nanoTime();
        CandidateGraph graph = MatchingEngine.candidates(prepared, instance.mentees(), MatchingEngine.CANDIDATES_PER_MENTEE,
                Map.of());
        long s2 = System.nanoTime();
        AssignmentSolver.Solution solution = AssignmentSolver.solve(graph);
        long s3 = System.nanoTime();
        CohortResult staged = MatchingEngine.explain(prepared, instance.mentees(), solution);
        long s4 = System.nanoTime();
        if (!solution.certified() || staged.totalScore() != total) {
            throw new IllegalStateException("stage run differs from the pipeline run");
        }
        OrToolsFlow.Result reference = OrToolsFlow.solve(graph);
        return new Rep(ms(t1 - t0), ms(s1 - s0), ms(s2 - s1), ms(s3 - s2), ms(s4 - s3), ms(reference.solveNanos()),
                total, reference.objective(), graph.edges(), assigned);
    }

    /**
     * The pipeline once with the process's memory of texts forgotten just before: a cohort whose requests and
     * strengths this process has never read. Measured in a pass of its own after the repetitions above, so
     * that their pipeline runs find the memory as a running service keeps it, not rebuilt a moment before.
     */
    private static double unseenOnce(MatchingInstances.Instance instance, long expectedTotal) {
        TextMemo.forgetAll();
        long u0 = System.nanoTime();
        CohortResult first = new MatchingEngine().matchCohort(instance.mentees(), instance.mentors(), Weights.DEFAULT,
                MatchingEngine.CANDIDATES_PER_MENTEE);
        long u1 = System.nanoTime();
        if (first.totalScore() != expectedTotal) {
            throw new IllegalStateException("a run with the texts read afresh differs");
        }
        return ms(u1 - u0);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Rep> runs, java.util.function.ToDoubleFunction<Rep> f) {
        return median(runs.stream().mapToDouble(f).toArray());
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double max(List<Rep> runs, java.util.function.ToDoubleFunction<Rep> f) {
        return Arrays.stream(runs.stream().mapToDouble(f).toArray()).max().orElse(0);
    }
}
