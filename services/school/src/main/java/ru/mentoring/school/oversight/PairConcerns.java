package ru.mentoring.school.oversight;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.notice.CuratorNotices;
import ru.mentoring.school.notice.NoticeKind;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.pair.PairPeople;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Concerns the curator flags on pairs with a pupil or another minor (the curator watches those pairs'
 * plans and meetings closely). The latest one shows on the board and on the pair.
 */
@Singleton
public class PairConcerns {

    private final PairConcernRepository concerns;
    private final PairPeople people;
    private final CuratorNotices notices;

    PairConcerns(PairConcernRepository concerns, PairPeople people, CuratorNotices notices) {
        this.concerns = concerns;
        this.people = people;
        this.notices = notices;
    }

    @Transactional
    PairConcern raise(PairParticipant curator, String text) {
        var pair = curator.pair();
        if (!people.hasMinor(pair.schoolId(), pair.id())) {
            throw new BusinessRuleException("Тревога отмечается для пар, где наставляемый — ученик или несовершеннолетний");
        }
        PairConcern concern = concerns.save(new PairConcern(UUID.randomUUID(), pair.schoolId(), pair.id(), text.strip(),
                curator.actor(), null));
        notices.tell(pair.schoolId(), NoticeKind.CONCERN, "Отмечена тревога по паре наставника " + pair.mentorName()
                + ": " + text.strip(), pair.id(), null);
        return concern;
    }

    /** The latest concern of each pair that has one. */
    @Transactional(readOnly = true)
    public Map<UUID, String> latest(String schoolId, Collection<UUID> pairIds) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> latest = new HashMap<>();
        concerns.findBySchoolIdAndPairIdInOrderByCreatedAtAsc(schoolId, pairIds).forEach(c -> latest.put(c.pairId(), c.text()));
        return latest;
    }
}
