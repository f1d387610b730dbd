package ru.mentoring.mentorbank.assignment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.pair.PairChangedV1;
import ru.mentoring.support.inbox.Inbox;

@Singleton
class PairSeatsProjection {

    static final String CONSUMER = "mentorbank-pair-seats";

    private final Inbox inbox;
    private final PairSeats seats;

    PairSeatsProjection(Inbox inbox, PairSeats seats) {
        this.inbox = inbox;
        this.seats = seats;
    }

    @Transactional
    void apply(EventEnvelope<PairChangedV1> event) {
        if (inbox.firstDelivery(CONSUMER, event)) {
            seats.apply(event.payload());
        }
    }
}
