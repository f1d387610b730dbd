package ru.mentoring.school.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The school's weights and the proposals its curator rejected. */
@Singleton
class MatchingSettings {

    private final MatchingWeightsRepository weights;
    private final MatchingExclusionRepository exclusions;
    private final MenteeService mentees;

    MatchingSettings(MatchingWeightsRepository weights, MatchingExclusionRepository exclusions, MenteeService mentees) {
        this.weights = weights;
        this.exclusions = exclusions;
        this.mentees = mentees;
    }

    @Transactional(readOnly = true)
    MatchingWeights weights(String schoolId) {
        return weights.findById(schoolId).orElseGet(() -> MatchingWeights.defaults(schoolId));
    }

    @Transactional
    MatchingWeights saveWeights(String schoolId, MatchingController.Weights w) {
        var saved = new MatchingWeights(schoolId, w.strengths(), w.form(), w.subject(), w.age(), w.time(), w.capacity(),
                w.ownSchool());
        return weights.existsById(schoolId) ? weights.update(saved) : weights.save(saved);
    }

    @Transactional
    void reject(String schoolId, UUID menteeId, UUID mentorId) {
        mentees.find(schoolId, menteeId).orElseThrow(() -> BusinessRuleException.notFound("Наставляемый не найден"));
        var key = new MatchingExclusion.Key(menteeId, mentorId);
        if (!exclusions.existsById(key)) {
            exclusions.save(new MatchingExclusion(key, schoolId, null));
        }
    }

    /** Per mentee, the mentors the curator rejected for them. */
    @Transactional(readOnly = true)
    Map<UUID, Set<UUID>> rejected(String schoolId, Collection<UUID> menteeIds) {
        if (menteeIds.isEmpty()) {
            return Map.of();
        }
        return exclusions.findBySchoolIdAndKeyMenteeIdIn(schoolId, menteeIds).stream()
                .collect(Collectors.groupingBy(e -> e.key().menteeId(), Collectors.mapping(e -> e.key().mentorId(),
                        Collectors.toSet())));
    }
}
