package ru.mentoring.school.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole cohorts as the service runs them: the total equals OR-Tools' optimum over the same candidate pairs,
 * no mentor over their free seats, no mentee twice, only candidate pairs, every pair explained.
 */
class CohortMatchingTest {

    private final MatchingEngine engine = new MatchingEngine();

    @Test
    void schoolSizedCohortsReachTheOptimumUnderEveryWeighting() {
        Random random = new Random(8);
        for (int round = 0; round < 12; round++) {
            MatchingInstances.Instance instance = MatchingInstances.generate(200, 60, round);
            Weights weights = round == 0 ? Weights.DEFAULT : new Weights(random.nextInt(101), random.nextInt(101),
                    random.nextInt(101), random.nextInt(101), random.nextInt(101), random.nextInt(101), random.nextInt(101));
            check(instance, weights, round % 3 == 0 ? 5 : 50);
        }
    }

    @Test
    void networkSizedCohortReachesTheOptimum() {
        check(MatchingInstances.generate(2_000, 1_000, 99), Weights.DEFAULT, 50);
    }

    private void check(MatchingInstances.Instance instance, Weights weights, int k) {
        CohortResult result = engine.matchCohort(instance.mentees(), instance.mentors(), weights, k);

        Prepared prepared = MatchingEngine.prepare(instance.mentors(), weights);
        CandidateGraph graph = MatchingEngine.candidates(prepared, instance.mentees(), k, Map.of());
        assertThat(result.totalScore()).isEqualTo(OrToolsFlow.solve(graph).objective());

        Map<UUID, Integer> menteeIndex = new HashMap<>();
        for (int i = 0; i < instance.mentees().size(); i++) {
            menteeIndex.put(instance.mentees().get(i).id(), i);
        }
        Map<UUID, MentorProfile> mentors = new HashMap<>();
        Map<UUID, Integer> mentorIndex = new HashMap<>();
        for (int m = 0; m < instance.mentors().size(); m++) {
            mentors.put(instance.mentors().get(m).id(), instance.mentors().get(m));
            mentorIndex.put(instance.mentors().get(m).id(), m);
        }
        Map<UUID, Integer> load = new HashMap<>();
        Set<UUID> paired = new HashSet<>();
        for (Proposal p : result.items()) {
            assertThat(paired.add(p.menteeId())).as("a mentee once").isTrue();
            MentorProfile mentor = mentors.get(p.mentorId());
            assertThat(load.merge(p.mentorId(), 1, Integer::sum)).isLessThanOrEqualTo(mentor.freeSeats());
            MenteeProfile mentee = instance.mentees().get(menteeIndex.get(p.menteeId()));
            assertThat(mentor.forms()).containsAnyElementsOf(mentee.acceptableForms());
            int i = menteeIndex.get(p.menteeId());
            boolean candidate = false;
            for (int e = graph.offsets()[i]; e < graph.offsets()[i + 1]; e++) {
                candidate |= graph.mentor()[e] == mentorIndex.get(p.mentorId()) && graph.score()[e] == p.score();
            }
            assertThat(candidate).as("a candidate pair with its score").isTrue();
            assertThat(p.reasons()).extracting(Reason::factor).containsExactly("strengths", "form", "subject", "age",
                    "time", "capacity", "ownSchool");
            assertThat(p.reasons()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
            assertThat(p.reasons().stream().mapToInt(Reason::points).sum()).isEqualTo(p.score());
        }
        List<UUID> expectedUnassigned = instance.mentees().stream().map(MenteeProfile::id).filter(id -> !paired.contains(id))
                .toList();
        assertThat(result.unassigned()).containsExactlyElementsOf(expectedUnassigned);
    }
}
