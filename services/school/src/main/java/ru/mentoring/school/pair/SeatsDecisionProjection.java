package ru.mentoring.school.pair;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.pair.SeatsDecidedV1;
import ru.mentoring.support.inbox.Inbox;

@Singleton
class SeatsDecisionProjection {

    static final String CONSUMER = "school-pairs";

    private final Inbox inbox;
    private final PairService pairs;

    SeatsDecisionProjection(Inbox inbox, PairService pairs) {
        this.inbox = inbox;
        this.pairs = pairs;
    }

    @Transactional
    void apply(EventEnvelope<SeatsDecidedV1> event) {
        if (inbox.firstDelivery(CONSUMER, event)) {
            SeatsDecidedV1 decision = event.payload();
            pairs.seatsDecided(decision.pairId(), decision.decision() == SeatsDecidedV1.Decision.CONFIRMED,
                    decision.reason() == null ? "мест нет" : decision.reason());
        }
    }
}
