package ru.mentoring.practices.consent;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeConsentV1;
import ru.mentoring.support.inbox.Inbox;

/** Applies a consent statement once, however often it is delivered. */
@Singleton
class ConsentProjection {

    static final String CONSUMER = "practices-consent";
    private static final Logger LOG = LoggerFactory.getLogger(ConsentProjection.class);

    private final Inbox inbox;
    private final Consents consents;

    ConsentProjection(Inbox inbox, Consents consents) {
        this.inbox = inbox;
        this.consents = consents;
    }

    @Transactional
    void apply(EventEnvelope<PracticeConsentV1> event) {
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        PracticeConsentV1 consent = event.payload();
        if (!consent.schoolId().equals(event.schoolId()) || consent.consentRef() == null || consent.consentRef().isBlank()) {
            LOG.error("consent event {} ignored: its school {} is not the envelope's {} or it names no consent",
                    event.eventId(), consent.schoolId(), event.schoolId());
            return;
        }
        consents.record(consent);
    }
}
