package ru.mentoring.school.completion;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.pair.PairSide;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the school's pairs ended, for the pages, boards and documents that show it. */
@Singleton
public class PairEndings {

    private final CompletionRepository completions;
    private final TerminationRepository terminations;
    private final AssessmentRepository assessments;
    private final TerminationReasons reasons;

    PairEndings(CompletionRepository completions, TerminationRepository terminations, AssessmentRepository assessments,
                TerminationReasons reasons) {
        this.completions = completions;
        this.terminations = terminations;
        this.assessments = assessments;
        this.reasons = reasons;
    }

    @Transactional(readOnly = true)
    public Map<UUID, PairEnding.CompletionView> completions(String schoolId, Collection<UUID> pairIds) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, PairEnding.Assessments> scores = assessments(schoolId, pairIds);
        return completions.findBySchoolIdAndPairIdIn(schoolId, pairIds).stream().collect(Collectors.toMap(
                Completion::pairId, c -> view(c, scores.getOrDefault(c.pairId(), new PairEnding.Assessments(null, null, null, null)))));
    }

    @Transactional
    public Map<UUID, PairEnding.TerminationView> terminations(String schoolId, Collection<UUID> pairIds) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        List<Termination> ended = terminations.findBySchoolIdAndPairIdIn(schoolId, pairIds);
        if (ended.isEmpty()) {
            return Map.of();
        }
        Map<String, String> titles = reasons.of(schoolId).stream()
                .collect(Collectors.toMap(r -> r.key().code(), TerminationReason::title));
        return ended.stream().collect(Collectors.toMap(Termination::pairId, t -> new PairEnding.TerminationView(t.initiator(),
                Titles.of(t.initiator()), t.reason(), titles.getOrDefault(t.reason(), t.reason()), t.comment(), t.terminatedOn())));
    }

    @Transactional(readOnly = true)
    public Optional<PairEnding.CompletionView> completion(String schoolId, UUID pairId) {
        return Optional.ofNullable(completions(schoolId, List.of(pairId)).get(pairId));
    }

    @Transactional
    public Optional<PairEnding.TerminationView> termination(String schoolId, UUID pairId) {
        return Optional.ofNullable(terminations(schoolId, List.of(pairId)).get(pairId));
    }

    @Transactional(readOnly = true)
    public Map<UUID, PairEnding.Assessments> assessments(String schoolId, Collection<UUID> pairIds) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<PairSide, Assessment>> bySide = new HashMap<>();
        for (Assessment a : assessments.findBySchoolIdAndKeyPairIdIn(schoolId, pairIds)) {
            bySide.computeIfAbsent(a.key().pairId(), k -> new HashMap<>()).put(a.key().side(), a);
        }
        return bySide.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            Assessment mentor = e.getValue().get(PairSide.MENTOR);
            Assessment mentee = e.getValue().get(PairSide.MENTEE);
            return new PairEnding.Assessments(mentor == null ? null : mentor.score(), mentor == null ? null : mentor.text(),
                    mentee == null ? null : mentee.score(), mentee == null ? null : mentee.text());
        }));
    }

    private static PairEnding.CompletionView view(Completion c, PairEnding.Assessments a) {
        return new PairEnding.CompletionView(c.results(), a.mentorScore(), a.mentorText(), a.menteeScore(), a.menteeText(),
                c.decision(), Titles.of(c.decision()), c.continueTopic(), c.continueUntil(), c.readiness(),
                c.readiness() == null ? null : c.readiness().title(), c.completedOn(), c.followUpPairId());
    }

}
