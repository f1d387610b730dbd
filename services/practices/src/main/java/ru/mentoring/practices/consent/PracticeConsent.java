package ru.mentoring.practices.consent;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ru.mentoring.model.practice.PracticeConsentStatus;

import java.time.Instant;
import java.util.UUID;

/** What the school last said about one distribution consent; no name, only its reference. */
@MappedEntity("practice_consent")
record PracticeConsent(@Id UUID id, String schoolId, String consentRef, PracticeConsentStatus status, Instant changedAt) {
}
