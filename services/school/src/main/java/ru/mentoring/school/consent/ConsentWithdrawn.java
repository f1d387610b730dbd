package ru.mentoring.school.consent;

import java.util.UUID;

/**
 * Published (in the withdrawing transaction) when a consent is withdrawn, so the features that rely on
 * it act at once: matching drops the mentee, pairs tell the curator, the library stops publishing.
 */
public record ConsentWithdrawn(String schoolId, UUID menteeId, ConsentKind kind) {
}
