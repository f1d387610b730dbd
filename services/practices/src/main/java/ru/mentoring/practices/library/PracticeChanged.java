package ru.mentoring.practices.library;

import java.util.UUID;

/**
 * Something readers of a practice see has changed (a version published or taken down, a rating,
 * "recommended for competition"). Published inside the changing transaction as an application event;
 * the search index listens, so no feature needs to know the index.
 */
public record PracticeChanged(UUID practiceId) {
}
