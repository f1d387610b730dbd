package ru.mentoring.practices.consent;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.practice.PracticeConsentStatus;
import ru.mentoring.model.practice.PracticeConsentV1;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The distribution consents the school has told the library about. A later statement of the school
 * replaces an earlier one; an older one arriving late changes nothing.
 */
@Singleton
public class Consents {

    private final PracticeConsentRepository consents;
    private final ApplicationEventPublisher<ConsentWithdrawn> withdrawals;

    Consents(PracticeConsentRepository consents, ApplicationEventPublisher<ConsentWithdrawn> withdrawals) {
        this.consents = consents;
        this.withdrawals = withdrawals;
    }

    /** @return every given reference with its status; a reference the school never confirmed is absent */
    @Transactional(readOnly = true)
    public Map<String, PracticeConsentStatus> statusOf(String schoolId, Collection<String> refs) {
        Map<String, PracticeConsentStatus> result = new HashMap<>();
        if (!refs.isEmpty()) {
            consents.findBySchoolIdAndConsentRefInList(schoolId, refs).forEach(c -> result.put(c.consentRef(), c.status()));
        }
        return result;
    }

    @Transactional
    void record(PracticeConsentV1 statement) {
        var existing = consents.findBySchoolIdAndConsentRef(statement.schoolId(), statement.consentRef());
        if (existing.isPresent() && existing.get().changedAt().isAfter(statement.changedAt())) {
            return;
        }
        var consent = new PracticeConsent(existing.map(PracticeConsent::id).orElseGet(UUID::randomUUID),
                statement.schoolId(), statement.consentRef(), statement.status(), statement.changedAt());
        if (existing.isPresent()) {
            consents.update(consent);
        } else {
            consents.save(consent);
        }
        if (statement.status() == PracticeConsentStatus.WITHDRAWN) {
            withdrawals.publishEvent(new ConsentWithdrawn(statement.schoolId(), statement.consentRef()));
        }
    }
}
