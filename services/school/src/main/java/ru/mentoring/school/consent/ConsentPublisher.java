package ru.mentoring.school.consent;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.practice.PracticeConsentEvents;
import ru.mentoring.model.practice.PracticeConsentStatus;
import ru.mentoring.model.practice.PracticeConsentV1;
import ru.mentoring.support.outbox.Outbox;

import java.time.Clock;
import java.util.UUID;

/**
 * Tells the practice library (ADR 0010), through the outbox and in the transaction that records or
 * withdraws it, that a distribution consent is on record or withdrawn. Only the consent's id travels,
 * keyed by it so one consent's statements stay in order: never a name, a kind of person or a date of birth.
 */
@Singleton
class ConsentPublisher {

    private final Outbox outbox;
    private final Clock clock;

    ConsentPublisher(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void publish(Consent consent) {
        if (consent.kind() != ConsentKind.DISTRIBUTION) {
            return;
        }
        var payload = new PracticeConsentV1(consent.id().toString(), consent.schoolId(),
                consent.inForce() ? PracticeConsentStatus.ON_RECORD : PracticeConsentStatus.WITHDRAWN, clock.instant());
        outbox.append("consent", consent.id().toString(), PracticeConsentEvents.CHANGED, new EventEnvelope<>(UUID.randomUUID(),
                PracticeConsentEvents.CHANGED.name(), PracticeConsentEvents.CHANGED.version(), consent.schoolId(),
                clock.instant(), payload));
    }
}
