package ru.mentoring.school.matching.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed search gives each mentee exactly the k best mentors that scoring every eligible mentor and
 * sorting (score descending, then id) gives, whatever the weights.
 */
class TopCandidatesTest {

    static Stream<Weights> weights() {
        Random random = new Random(7);
        List<Weights> list = new ArrayList<>(List.of(Weights.DEFAULT, new Weights(0, 0, 0, 0, 100, 0, 0),
                new Weights(100, 0, 0, 0, 0, 0, 0), new Weights(10, 50, 30, 0, 0, 100, 100), new Weights(0, 0, 0, 0, 0, 0, 0),
                new Weights(40, 20, 15, 10, 5, 5, 5)));
        for (int i = 0; i < 6; i++) {
            list.add(new Weights(random.nextInt(101), random.nextInt(101), random.nextInt(101), random.nextInt(101),
                    random.nextInt(101), random.nextInt(101), random.nextInt(101)));
        }
        return list.stream();
    }

    @ParameterizedTest
    @MethodSource("weights")
    void indexedSearchEqualsScoringEveryMentor(Weights weights) {
        for (long seed = 1; seed <= 3; seed++) {
            MatchingInstances.Instance instance = MatchingInstances.generate(250, 400, seed * 1_000 + weights.hashCode());
            for (int k : new int[] {1, 7, 50}) {
                Map<UUID, Set<UUID>> excluded = seed == 3 ? randomExclusions(instance, seed) : Map.of();
                Prepared prepared = MatchingEngine.prepare(instance.mentors(), weights);
                CandidateGraph graph = MatchingEngine.candidates(prepared, instance.mentees(), k, excluded);
                MenteeQuery q = new MenteeQuery(prepared);
                for (int i = 0; i < instance.mentees().size(); i++) {
                    MenteeProfile mentee = instance.mentees().get(i);
                    q.load(mentee);
                    List<int[]> expected = bruteForce(prepared, q, k, excluded.getOrDefault(mentee.id(), Set.of()));
                    List<int[]> actual = new ArrayList<>();
                    for (int e = graph.offsets()[i]; e < graph.offsets()[i + 1]; e++) {
                        actual.add(new int[] {graph.mentor()[e], graph.score()[e]});
                    }
                    assertThat(actual).as("mentee %d, k %d, seed %d", i, k, seed)
                            .usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1)
                            .containsExactlyElementsOf(expected);
                }
            }
        }
    }

    private static List<int[]> bruteForce(Prepared prepared, MenteeQuery q, int k, Set<UUID> excluded) {
        List<int[]> all = new ArrayList<>();
        for (int m = 0; m < prepared.count; m++) {
            if (q.eligible(m) && !excluded.contains(prepared.mentors.get(m).id())) {
                all.add(new int[] {m, q.score(m)});
            }
        }
        all.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1])
                : Integer.compare(prepared.rank[a[0]], prepared.rank[b[0]]));
        return all.subList(0, Math.min(k, all.size()));
    }

    private static Map<UUID, Set<UUID>> randomExclusions(MatchingInstances.Instance instance, long seed) {
        Random random = new Random(seed);
        Map<UUID, Set<UUID>> excluded = new HashMap<>();
        for (MenteeProfile mentee : instance.mentees()) {
            Set<UUID> mentors = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                mentors.add(instance.mentors().get(random.nextInt(instance.mentors().size())).id());
            }
            excluded.put(mentee.id(), mentors);
        }
        return excluded;
    }
}
