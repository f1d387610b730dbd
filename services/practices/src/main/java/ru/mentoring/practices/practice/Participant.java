package ru.mentoring.practices.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A person named in a practice other than its authors, only as their distribution consent allows; the
 * reference is the school's consent record (see {@code PracticeConsentV1}). Comes only from proposals.
 */
@Serdeable
public record Participant(String consentRef, String publicName, @Nullable String role) {
}
